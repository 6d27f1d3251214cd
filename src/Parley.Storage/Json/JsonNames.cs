using System.Collections.Frozen;
using System.Text.Json;

namespace Parley.Storage.Json;

/// <summary>
/// Property names and enum values of the <c>parley/1</c> document, encoded once: the writer then copies bytes instead of
/// transcoding and escape-checking the same short strings for every article.
/// </summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText Schema = JsonEncodedText.Encode("schema");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
    public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
    public static readonly JsonEncodedText PublishedSource = JsonEncodedText.Encode("published_source");
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    public static readonly JsonEncodedText Sentences = JsonEncodedText.Encode("sentences");
    public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
    public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Kb = JsonEncodedText.Encode("kb");
    public static readonly JsonEncodedText Actor = JsonEncodedText.Encode("actor");
    public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
    public static readonly JsonEncodedText Sector = JsonEncodedText.Encode("sector");
    public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
    public static readonly JsonEncodedText PartyRole = JsonEncodedText.Encode("party");
    public static readonly JsonEncodedText PlaceRole = JsonEncodedText.Encode("place");
    public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
    public static readonly JsonEncodedText Times = JsonEncodedText.Encode("times");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    public static readonly JsonEncodedText Places = JsonEncodedText.Encode("places");
    public static readonly JsonEncodedText GeonameId = JsonEncodedText.Encode("geonameid");
    public static readonly JsonEncodedText Lat = JsonEncodedText.Encode("lat");
    public static readonly JsonEncodedText Lon = JsonEncodedText.Encode("lon");
    public static readonly JsonEncodedText Feature = JsonEncodedText.Encode("feature");
    public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");
    public static readonly JsonEncodedText Uncoded = JsonEncodedText.Encode("uncoded");
    public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    public static readonly JsonEncodedText Plover = JsonEncodedText.Encode("plover");
    public static readonly JsonEncodedText Mode = JsonEncodedText.Encode("mode");
    public static readonly JsonEncodedText Cameo = JsonEncodedText.Encode("cameo");
    public static readonly JsonEncodedText Goldstein = JsonEncodedText.Encode("goldstein");
    public static readonly JsonEncodedText Quad = JsonEncodedText.Encode("quad");
    public static readonly JsonEncodedText Factuality = JsonEncodedText.Encode("factuality");
    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
    public static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");
    public static readonly JsonEncodedText Precision = JsonEncodedText.Encode("precision");
    public static readonly JsonEncodedText Basis = JsonEncodedText.Encode("basis");
    public static readonly JsonEncodedText Place = JsonEncodedText.Encode("place");
    public static readonly JsonEncodedText Trigger = JsonEncodedText.Encode("trigger");
    public static readonly JsonEncodedText Sentence = JsonEncodedText.Encode("sentence");
    public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
    public static readonly JsonEncodedText Background = JsonEncodedText.Encode("background");
    public static readonly JsonEncodedText Entity = JsonEncodedText.Encode("entity");
    public static readonly JsonEncodedText Origin = JsonEncodedText.Encode("origin");
    public static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
    public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    public static readonly JsonEncodedText SchemaValue = JsonEncodedText.Encode(ArticleJson.Schema);
}

/// <summary>An enum's names in lower case (or upper case), encoded once; values outside the enum fall back to formatting.</summary>
internal static class EnumText<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<T, JsonEncodedText> s_lower = Build(upper: false);
    private static readonly FrozenDictionary<T, JsonEncodedText> s_upper = Build(upper: true);

    public static JsonEncodedText Lower(T value) =>
        s_lower.TryGetValue(value, out var text) ? text : JsonEncodedText.Encode(value.ToString().ToLowerInvariant());

    public static JsonEncodedText Upper(T value) =>
        s_upper.TryGetValue(value, out var text) ? text : JsonEncodedText.Encode(value.ToString().ToUpperInvariant());

    private static FrozenDictionary<T, JsonEncodedText> Build(bool upper)
    {
        var names = new Dictionary<T, JsonEncodedText>();
        foreach (var value in Enum.GetValues<T>())
        {
            var name = value.ToString();
            names.TryAdd(value, JsonEncodedText.Encode(upper ? name.ToUpperInvariant() : name.ToLowerInvariant()));
        }
        return names.ToFrozenDictionary();
    }
}
