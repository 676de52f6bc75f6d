namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>The file cannot be imported at all (missing, no header, no name column); nothing was written.</summary>
public sealed class MemberImportFailedException : Exception
{
    public MemberImportFailedException()
    {
    }

    public MemberImportFailedException(string message)
        : base(message)
    {
    }

    public MemberImportFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
