using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline.Entities;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// The entity table's position indexes and caches give the answers of the plain scans over every mention: mentions are
/// recorded out of text order (pronouns after names), moved to other entities (Rehome, Widen) and retyped (Describe).
/// </summary>
public sealed class EntityTableIndexTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Embedded;

    /// <summary>A table with people, firms and countries, mentions out of order, rehomed, widened and described.</summary>
    private static EntityTable Build(int steps)
    {
        var table = new EntityTable(Kb, new DateOnly(2024, 3, 5));
        var random = new Random(steps);
        var entities = new List<int>
        {
            table.Unknown("Amara Okafor", EntityType.Person, new ActorCode("NGA", "GOV"), "test"),
            table.Unknown("Okafor Holdings", EntityType.Org, null, "test"),
            table.Unknown("Lina Varga", EntityType.Person, null, "test"),
            table.Unknown("Varga", EntityType.Other, null, "test"),
            table.Country("KEN"),
            table.Country("UGA"),
            table.Unknown("Tana River Traders", EntityType.Org, new ActorCode("KEN", "BUS"), "test"),
        };
        var offset = 0;
        for (var step = 0; step < steps; step++)
        {
            switch (random.Next(8))
            {
                case 0 when table.Mentions.Count > 0:
                    table.Rehome(random.Next(table.Mentions.Count), entities[random.Next(entities.Count)], MentionKind.Name);
                    break;
                case 1 when table.Mentions.Count > 0:
                    var index = random.Next(table.Mentions.Count);
                    table.Widen(index, table.Mentions[index].End + random.Next(1, 30), entities[random.Next(entities.Count)], MentionKind.Agent);
                    break;
                case 2:
                    table.Describe(entities[random.Next(entities.Count)], random.Next(2) == 0 ? EntityType.Person : EntityType.Org, new ActorCode(random.Next(2) == 0 ? "KEN" : "UGA", null), "test.described");
                    break;
                case 3:
                    // a pronoun or an agent recorded after later names, back in the sentence
                    var back = Math.Max(0, offset - random.Next(1, 60));
                    table.Mention(back, back + random.Next(2, 8), entities[random.Next(entities.Count)], MentionKind.Pronoun);
                    break;
                default:
                    offset += random.Next(1, 25);
                    table.Mention(offset, offset + random.Next(3, 20), entities[random.Next(entities.Count)], MentionKind.Name);
                    break;
            }
        }
        return table;
    }

    [Theory]
    [InlineData(40)]
    [InlineData(300)]
    [InlineData(1200)]
    public void FirstIndexFromLeavesNoEarlierMentionAtOrAfterTheOffset(int steps)
    {
        var table = Build(steps);
        var last = table.Mentions.Count == 0 ? 0 : table.Mentions.Max(m => m.End) + 5;
        for (var offset = 0; offset <= last; offset += 3)
        {
            var from = table.FirstIndexFrom(offset);
            for (var i = 0; i < from; i++)
                Assert.True(table.Mentions[i].Start < offset);
            var endFrom = table.FirstIndexEndingFrom(offset);
            for (var i = 0; i < endFrom; i++)
                Assert.True(table.Mentions[i].End < offset);
        }
    }

    [Theory]
    [InlineData(40)]
    [InlineData(300)]
    [InlineData(1200)]
    public void LastBeforeByTypeAnswersAsTheScanOfEveryMention(int steps)
    {
        var table = Build(steps);
        var last = table.Mentions.Count == 0 ? 0 : table.Mentions.Max(m => m.End) + 5;
        Func<int, bool>[] accepts = [_ => true, e => table[e].Name.Contains("Okafor", StringComparison.Ordinal), e => table[e].Actor?.Country == "KEN", _ => false];
        foreach (var type in new[] { EntityType.Person, EntityType.Org, EntityType.Gpe, EntityType.Other, EntityType.Loc })
            foreach (var accept in accepts)
                for (var offset = 0; offset <= last; offset += 7)
                    Assert.Equal(table.LastBefore(offset, 0, e => table[e].Type == type && accept(e)), table.LastBefore(offset, type, accept));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(500)]
    [InlineData(1500)]
    public void StoryCountryAfterChangesAnswersAsAFreshTable(int steps)
    {
        // A table asked along the way (its tally reused and its per-entity counts cached) answers as one built to the same
        // point and asked only at the end.
        var asked = new EntityTable(Kb, new DateOnly(2024, 3, 5));
        var kenya = asked.Country("KEN");
        var uganda = asked.Country("UGA");
        var minister = asked.Unknown("Amara Okafor", EntityType.Other, null, "test");
        var random = new Random(steps);
        var script = new List<Action<EntityTable>>();
        var offset = 0;
        for (var step = 0; step < steps; step++)
        {
            var (at, pick, choice, moved) = (offset += random.Next(1, 20), random.Next(3), random.Next(6), random.Next(1 << 20));
            script.Add(choice switch
            {
                0 => t => t.Describe(minister, EntityType.Org, new ActorCode(pick == 0 ? "KEN" : "UGA", "GOV"), "test.described"),
                1 => t => t.Describe(minister, EntityType.Other, new ActorCode("UGA", null), "test.described"),
                2 => t => { if (t.Mentions.Count > 0) t.Rehome(moved % t.Mentions.Count, pick == 0 ? kenya : uganda, MentionKind.Name); },
                _ => t => t.Mention(at, at + 5, pick switch { 0 => kenya, 1 => uganda, _ => minister }, MentionKind.Name),
            });
        }
        for (var step = 0; step < script.Count; step++)
        {
            script[step](asked);
            // mostly near the reader's position (where the settled tally is kept), sometimes far back
            var probe = random.Next(4) == 0 ? random.Next(0, offset + 10) : Math.Max(0, offset - random.Next(0, 300));
            _ = asked.StoryCountry(probe, dominant: true);
            var fresh = new EntityTable(Kb, new DateOnly(2024, 3, 5));
            fresh.Country("KEN");
            fresh.Country("UGA");
            fresh.Unknown("Amara Okafor", EntityType.Other, null, "test");
            for (var k = 0; k <= step; k++)
                script[k](fresh);
            Assert.Equal(fresh.StoryCountry(probe), asked.StoryCountry(probe));
            Assert.Equal(fresh.StoryCountry(probe, dominant: true), asked.StoryCountry(probe, dominant: true));
        }
    }
}
