using Parley.Core;
using Parley.Pipeline.Text;

namespace Parley.Pipeline.Tests;

/// <summary>
/// <see cref="PipelineCatalog.TokenTexts"/> cuts a knowledge-base phrase without a document when the tokenizer is the
/// default one; any other tokenizer goes through a document. Both must cut alike.
/// </summary>
public sealed class PipelineCatalogTokenTextsTests
{
    /// <summary>The default tokenizer behind another type: <see cref="PipelineCatalog.TokenTexts"/> takes its document path.</summary>
    private sealed class Wrapped : IComponent
    {
        private readonly Tokenizer _inner = new();
        public string Name => _inner.Name;
        public Layers Requires => _inner.Requires;
        public Layers Assigns => _inner.Assigns;
        public void Process(Document document, CancellationToken cancellationToken) => _inner.Process(document, cancellationToken);
    }

    [Theory]
    [InlineData("Ministry of Foreign Affairs of the Republic of Vessland", 9)]
    [InlineData("Norland's Grain Board", 3)]
    [InlineData("U.S. Department of State", 4)]
    [InlineData("Mr. Tomas Arvid Jr.", 4)]
    [InlineData("F-35 program (2025-07-11)", 5)]
    [InlineData("  padded  phrase  ", 2)]
    [InlineData("", 0)]
    public void The_direct_cut_equals_the_document_cut(string phrase, int count)
    {
        var direct = PipelineCatalog.TokenTexts(new Tokenizer(), phrase);

        Assert.Equal(count, direct.Length);
        Assert.Equal(PipelineCatalog.TokenTexts(new Wrapped(), phrase), direct);
    }

    [Fact]
    public void The_direct_cut_equals_the_document_cut_on_random_text()
    {
        const string alphabet = "abcXYZ 019.,-'’()&/:\u00AD\n";
        var random = new Random(20261130);
        var tokenizer = new Tokenizer();
        var wrapped = new Wrapped();
        for (var n = 0; n < 500; n++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = alphabet[random.Next(alphabet.Length)];
            var phrase = new string(chars);
            Assert.Equal(PipelineCatalog.TokenTexts(wrapped, phrase), PipelineCatalog.TokenTexts(tokenizer, phrase));
        }
    }
}
