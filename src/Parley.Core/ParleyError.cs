namespace Parley.Core;

/// <summary>A user-facing error: a stable code and a message that says how to fix it.</summary>
public sealed record ParleyError(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>An exception that carries a <see cref="ParleyError"/>; hosts print it without a stack trace.</summary>
public sealed class ParleyException(ParleyError error) : Exception(error.ToString())
{
    public ParleyError Error { get; } = error;
}

/// <summary>The catalogue of error codes. Codes never change meaning once released.</summary>
public static class ErrorCodes
{
    public const string EmptyInput = "PARLEY-E001";
    public const string BinaryInput = "PARLEY-E002";
    public const string InvalidUtf8 = "PARLEY-E003";
    public const string TooLarge = "PARLEY-E004";
    public const string MalformedHtml = "PARLEY-E005";
    public const string MalformedFeed = "PARLEY-E006";
    public const string MalformedJson = "PARLEY-E007";
    public const string NotFound = "PARLEY-E008";
    public const string Unreadable = "PARLEY-E009";
    public const string BadOption = "PARLEY-E010";
    public const string PipelineInvalid = "PARLEY-E011";
    public const string ProcessingFailed = "PARLEY-E012";
    public const string BadUserData = "PARLEY-E013";
    public const string Storage = "PARLEY-E014";

    /// <summary>Throws a <see cref="ParleyException"/>; kept out of line so callers stay small.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Throw(string code, string message) => throw new ParleyException(new ParleyError(code, message));
}
