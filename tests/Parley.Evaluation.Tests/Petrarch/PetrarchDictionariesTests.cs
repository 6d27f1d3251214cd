using Parley.Core;
using Parley.Evaluation.Petrarch;

namespace Parley.Evaluation.Tests.Petrarch;

public sealed class PetrarchDictionariesTests
{
    private static readonly PetrarchDictionaries s_dictionaries = PetrarchDictionaries.Load(Fake.Fixture("dictionaries"));

    [Fact]
    public void Reads_actors_with_synonyms_and_date_restrictions_and_skips_comments()
    {
        var actors = s_dictionaries.Actors;

        Assert.Equal(["VALDORIA", "NORTH_MARCH_ARMY", "QUEEN_ISOLDE", "THE_GREY_COUNCIL", "NOBODY", "TWIN_CITIES"], actors.Select(a => a.Phrase));
        Assert.Equal(["VALDORIAN", "PORT_ESKE"], actors[0].Synonyms);
        Assert.Equal(
            [new ActorCodeSpan("VLDGOV", new(2001, 1, 1), new(2005, 12, 31)), new ActorCodeSpan("VLDELI", new(2006, 1, 1), null), new ActorCodeSpan("VLD", null, new(2000, 12, 30))],
            actors[2].Codes);
        Assert.True(actors[2].IsPerson);
        Assert.False(actors[3].IsPerson);
    }

    [Fact]
    public void Writes_actors_as_a_parley_user_actors_file()
    {
        var writer = new StringWriter();
        var rows = s_dictionaries.WriteActorsTsv(writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(7, rows);
        Assert.Equal("name\taliases\tcountry\tsector\tkind\ttitle\tstart\tend\twikidata", lines[1]);
        Assert.Equal("Valdoria\tValdorian|Port Eske\tVLD\t\torg\t\t\t\t", lines[2]);
        Assert.Equal("North March Army\t\tNMR\tMIL\torg\t\t\t\t", lines[3]);
        Assert.Equal("Queen Isolde\t\tVLD\tGOV\tperson\t\t2001-01-01\t2005-12-31\t", lines[4]);
        Assert.Equal("Queen Isolde\t\tVLD\t\tperson\t\t\t2000-12-30\t", lines[6]);
        Assert.Equal("The Grey Council\tGrey Council\tIGO\tGRC\torg\t\t\t\t", lines[7]);
        Assert.Equal("Twin Cities\t\tTWA\t\torg\t\t\t\t", lines[8]);
    }

    [Fact]
    public void Reads_agents_with_plurals_substitution_sets_and_code_position()
    {
        var agents = s_dictionaries.Agents;

        Assert.Equal(["HARBOUR_MASTER", "SHIPSAILOR", "SHIPMARINER", "FERRY_CLERK", "CHARITY_WORKER"], agents.Select(a => a.Phrase));
        Assert.Equal(["HARBOUR_MASTERS"], agents[0].Plurals);
        Assert.Equal(["FERRY_CLERKS_ALL"], agents[3].Plurals);
        Assert.Equal(("GOV", false), (agents[0].Code, agents[0].CodeFirst));
        Assert.Equal(("NGO", true), (agents[4].Code, agents[4].CodeFirst));
    }

    [Fact]
    public void Converts_verbs_and_patterns_into_parley_pattern_rows()
    {
        var rows = s_dictionaries.PatternRows;
        var praise = "praise|praises|praised|praising";

        Assert.Equal(11, rows.Count);
        Assert.Equal(new PatternRow("petrarch.praise.1.v1", praise, "SUPPORT", "051", "subject", "-"), rows[0]);
        Assert.Equal(new PatternRow("petrarch.praise.2.v1", praise + " * ford|bridge * builders", "COOPERATE", "061", "subject", "-"), rows[1]);
        Assert.Equal(new PatternRow("petrarch.praise.3.v1", praise + " * with", "SUPPORT", "057", "subject", "with"), rows[2]);
        Assert.Equal(new PatternRow("petrarch.praise.4.v1", praise + " * valdorian", "AGREE", "036", "between", "with|between"), rows[3]);
        Assert.Equal(praise + " * common speech", rows[4].Trigger);
        Assert.Equal("laud|lauded", rows[5].Trigger);
        Assert.Equal(new PatternRow("petrarch.mutter.1.v1", "said * mutter|mutters|muttered|muttering * against", "ACCUSE", "111", "subject", "against"), rows[10]);
    }

    [Fact]
    public void Counts_what_cannot_be_said_as_a_parley_pattern()
    {
        var skipped = s_dictionaries.SkippedPatterns;

        Assert.Equal(2, skipped["pattern with source and target reversed"]);
        Assert.Equal(1, skipped["no CAMEO code (---)"]);
        Assert.Equal(1, skipped["CAMEO root without a PLOVER type"]);
    }

    [Fact]
    public void Writes_a_patterns_file_with_the_events_tsv_header()
    {
        var writer = new StringWriter();
        Assert.Equal(11, s_dictionaries.WritePatternsTsv(writer));
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("id\ttrigger\tkind\tplover\tmode\tcameo\tsource\ttarget", lines[1]);
        Assert.Equal("petrarch.praise.3.v1\tpraise|praises|praised|praising * with\tverb\tSUPPORT\t\t057\tsubject\twith", lines[4]);
    }

    [Fact]
    public void Fails_with_a_coded_error_for_a_missing_folder()
    {
        var e = Assert.Throws<ParleyException>(() => PetrarchDictionaries.Load("no-such-folder"));
        Assert.Equal(ErrorCodes.NotFound, e.Error.Code);
    }
}
