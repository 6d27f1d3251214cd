using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline.Entities;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// The entity table's working lists are kept per thread between documents (EntityTableBuffers): a table built on buffers
/// another document used and released answers as one built on new buffers; the struct tests of LastBefore and
/// NearestBefore answer as plain scans; the story-country tally copied or cleared keeps its counts and order.
/// </summary>
public sealed class EntityTableBuffersTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Embedded;

    /// <summary>Records a fixed-seed run of names, countries and out-of-order pronouns, as a recognizer reading a story would.</summary>
    private static EntityTable Read(int seed, int steps)
    {
        var table = new EntityTable(Kb, new DateOnly(2023, 9, 14));
        var random = new Random(seed);
        var entities = new[]
        {
            table.Unknown("Noor Haddad", EntityType.Person, new ActorCode("JOR", "GOV"), "test", 'f'),
            table.Unknown("Haddad Shipping", EntityType.Org, null, "test"),
            table.Unknown("Petra Lindqvist", EntityType.Person, null, "test", 'f'),
            table.Country("JOR"),
            table.Country("SWE"),
            table.Unknown("Baltic Grain Union", EntityType.Org, new ActorCode("SWE", "BUS"), "test"),
        };
        var offset = 0;
        for (var step = 0; step < steps; step++)
        {
            if (random.Next(5) == 0)
            {
                var back = Math.Max(0, offset - random.Next(1, 40));
                table.Mention(back, back + 3, entities[random.Next(entities.Length)], MentionKind.Pronoun);
                continue;
            }
            offset += random.Next(2, 30);
            table.Mention(offset, offset + random.Next(3, 18), entities[random.Next(entities.Length)], MentionKind.Name);
        }
        return table;
    }

    [Theory]
    [InlineData(1, 30, 2, 200)]
    [InlineData(3, 400, 4, 25)]
    public void ATableOnReleasedBuffersFreezesAsOneOnNewBuffers(int firstSeed, int firstSteps, int seed, int steps)
    {
        var first = Read(firstSeed, firstSteps);
        _ = first.StoryCountry(10_000);
        first.Freeze();
        first.Release(); // the next table on this thread takes these buffers
        var (reused, reusedMentions) = Read(seed, steps).Freeze();
        var (fresh, freshMentions) = Read(seed, steps).Freeze(); // no free buffers: new ones
        Assert.Equal(fresh.ToArray(), reused.ToArray());
        Assert.Equal(freshMentions.ToArray(), reusedMentions.ToArray());
    }

    [Theory]
    [InlineData(5, 60)]
    [InlineData(6, 700)]
    public void StructTestsAnswerAsAPlainScan(int seed, int steps)
    {
        var table = Read(seed, steps);
        var last = table.Mentions.Max(m => m.End) + 5;
        for (var offset = 0; offset <= last; offset += 11)
            foreach (var notBefore in new[] { 0, offset / 2 })
            {
                int latest = -1, nearest = -1, nearestStart = -1;
                for (var i = table.Mentions.Count - 1; i >= 0; i--)
                {
                    var m = table.Mentions[i];
                    if (m.Start >= offset)
                        continue;
                    if (m.Start < notBefore)
                        break; // the search runs back in the order recorded and stops at the window's start
                    if (table[m.Entity].Type != EntityType.Person)
                        continue;
                    if (latest < 0)
                        latest = m.Entity;
                    if (m.Start > nearestStart)
                        (nearest, nearestStart) = (m.Entity, m.Start);
                }
                Assert.Equal(latest, table.LastBefore(offset, notBefore, new IsPerson(table)));
                Assert.Equal(nearest, table.NearestBefore(offset, notBefore, new IsPerson(table)));
                Assert.Equal(table.LastBefore(offset, notBefore, e => table[e].Type == EntityType.Person), table.LastBefore(offset, notBefore, new IsPerson(table)));
            }
    }

    private readonly struct IsPerson(EntityTable table) : IEntityTest
    {
        public bool Accepts(int entity) => table[entity].Type == EntityType.Person;
    }

    [Fact]
    public void CoveredFlagsComeBackFalseAndOfTheSentencesLength()
    {
        var table = new EntityTable(Kb, null);
        var flags = table.CoveredFlags(12);
        Array.Fill(flags, true);
        var again = table.CoveredFlags(12);
        Assert.Equal(12, again.Length);
        Assert.DoesNotContain(true, again);
        Assert.Equal(400, table.CoveredFlags(400).Length); // a very long sentence gets an array of its own
    }

    [Fact]
    public void ACopiedTallyKeepsCountsAndTheLatestOnATie()
    {
        var tally = new StoryCountryTally();
        tally.Add("JOR", 10);
        tally.Add("SWE", 40);
        tally.Add("JOR", 55);
        tally.Add("SWE", 70); // two each: the latest named wins
        var copy = new StoryCountryTally();
        copy.Add("EGY", 5);
        copy.CopyFrom(tally);
        Assert.Equal("SWE", copy.Best(dominant: false));
        Assert.Null(copy.Best(dominant: true));
        copy.Add("JOR", 90);
        copy.Add("JOR", 95);
        copy.Add("JOR", 99); // five to two: dominant
        Assert.Equal("JOR", copy.Best(dominant: true));
        Assert.Equal("SWE", tally.Best(dominant: false)); // the original is unchanged
        copy.Clear();
        Assert.Null(copy.Best(dominant: false));
    }
}
