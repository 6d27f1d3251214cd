namespace Parley.Storage;

/// <summary>Stored event ids: the article id, a slash, and V1, V2 ... in the document's event order.</summary>
public static class EventIds
{
    public static string Of(string articleId, int index) => $"{articleId}/V{index + 1}";
}

/// <summary>The content hash that makes ingestion idempotent: SHA-256 of the article text (UTF-8), lower-case hex.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    }
}
