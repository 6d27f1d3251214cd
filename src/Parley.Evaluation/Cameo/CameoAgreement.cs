using Parley.Core;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Cameo;

/// <summary>
/// Inter-annotator agreement: a second coder's gold file of the same sentences is scored against the first as if it
/// were Parley's output, with the same matcher and report. It says how far a careful human reaches on the bar that
/// Parley is held to ("found" = the second coder has the first's event with the same root and dyad).
/// </summary>
public static class CameoAgreement
{
    public static CameoReport Compare(IReadOnlyList<CameoGoldSentence> reference, IReadOnlyList<CameoGoldSentence> second, CameoOptions options)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(options);
        var byId = new Dictionary<string, CameoGoldSentence>(StringComparer.Ordinal);
        foreach (var s in second)
            byId[s.Id] = s;
        var scores = new List<CameoSentenceScore>(reference.Count);
        foreach (var s in reference)
        {
            if (!byId.TryGetValue(s.Id, out var other))
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"sentence '{s.Id}' of the reference file is missing from the second file; both coders must code the same sentences (same ids).");
            if (!SameWords(s.Text, other.Text))
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"sentence '{s.Id}' differs between the two files; both coders must use the same sentence split.");
            var predictions = new List<CameoPrediction>(other.Events.Count);
            foreach (var e in other.Events)
                if (!(options.SkipDoubtful && e.Doubtful))
                    predictions.Add(AsPrediction(e));
            scores.Add(CameoMatcher.Score(s, predictions, options.SkipDoubtful));
        }
        return new CameoReport(scores, options);
    }

    /// <summary>A coded gold event as a prediction: intents are asserted statements, futures are future; confidence 1.</summary>
    public static CameoPrediction AsPrediction(CameoGoldEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new CameoPrediction(e.Cameo, ActorCountries.Of(e.Source), ActorCountries.Of(e.Target),
            e.Factuality == GoldFactuality.Future ? Factuality.Future : Factuality.Asserted, e.Trigger, 1.0);
    }

    private static bool SameWords(string a, string b) =>
        a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SequenceEqual(b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
