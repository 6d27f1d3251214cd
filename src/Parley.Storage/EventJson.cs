using System.Text.Json;

namespace Parley.Storage;

/// <summary>One <see cref="EventRow"/> as a JSON object.</summary>
internal static class EventJson
{
    public static void Write(Utf8JsonWriter json, EventRow row)
    {
        json.WriteStartObject();
        json.WriteString("article", row.ArticleId);
        json.WriteString("event", row.EventId);
        json.WriteString("plover", row.Plover);
        json.WriteString("mode", row.Mode);
        json.WriteString("cameo", row.Cameo);
        json.WriteNumber("goldstein", row.Goldstein);
        json.WriteNumber("quad", row.Quad);
        json.WriteString("factuality", row.Factuality);
        json.WriteString("time_value", row.TimeValue);
        json.WriteString("time_precision", row.TimePrecision);
        json.WriteString("time_basis", row.TimeBasis);
        json.WriteString("place", row.Place);
        json.WriteString("place_country", row.PlaceCountry);
        if (row.PlaceGeonameId is { } geonameId)
            json.WriteNumber("place_geonameid", geonameId);
        else
            json.WriteNull("place_geonameid");
        json.WriteString("source", row.Source);
        Codes(json, "source_codes", row.SourceCodes);
        json.WriteString("target", row.Target);
        Codes(json, "target_codes", row.TargetCodes);
        json.WriteString("trigger", row.TriggerText);
        json.WriteString("sentence", row.SentenceText);
        json.WriteNumber("confidence", row.Confidence);
        json.WriteString("rule", row.Rule);
        json.WriteString("url", row.Url);
        json.WriteString("published", row.Published);
        Roles(json, "source_roles", row.SourceRoles, row.Source, row.SourceCodes);
        Roles(json, "target_roles", row.TargetRoles, row.Target, row.TargetCodes);
        if (row.Background is { } background)
            json.WriteBoolean("background", background);
        else
            json.WriteNull("background");
        json.WriteString("time_rule", row.TimeRule);
        json.WriteEndObject();
    }

    /// <summary>
    /// One role per actor of a side, in the order of its codes; null for each actor stored with no role (before schema
    /// version 4), whose roles are one empty string.
    /// </summary>
    private static void Roles(Utf8JsonWriter json, string name, string roles, string display, string codes)
    {
        json.WriteStartArray(name);
        if (display.Length > 0)
            foreach (var role in (roles.Length > 0 ? roles : new string(';', codes.Count(';'))).Split(';'))
            {
                if (role.Length > 0)
                    json.WriteStringValue(role);
                else
                    json.WriteNullValue();
            }
        json.WriteEndArray();
    }

    private static void Codes(Utf8JsonWriter json, string name, string codes)
    {
        json.WriteStartArray(name);
        foreach (var code in codes.Split(';', StringSplitOptions.RemoveEmptyEntries))
            json.WriteStringValue(code);
        json.WriteEndArray();
    }
}
