namespace ClustER.Bot.TeamsPackage;

/// <summary>The package cannot be built from the configuration; the message names the key to set.</summary>
public sealed class TeamsPackageException : Exception
{
    public TeamsPackageException()
    {
    }

    public TeamsPackageException(string message)
        : base(message)
    {
    }

    public TeamsPackageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
