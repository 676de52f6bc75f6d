namespace ClustER.Bot;

/// <summary>Log messages of the newsletter and consent.</summary>
internal static partial class Log
{
    // ── Newsletter ──
    [LoggerMessage(EventId = 4800, Level = LogLevel.Warning, Message = "Person {PersonId} is not staff: refused newsletter command {Command}")]
    public static partial void NewsletterCommandRefused(ILogger logger, int personId, string command);

    [LoggerMessage(EventId = 4801, Level = LogLevel.Information, Message = "Newsletter issue {IssueId} revision {Revision} approved by person {PersonId}")]
    public static partial void NewsletterApproved(ILogger logger, int issueId, int revision, int personId);

    [LoggerMessage(EventId = 4802, Level = LogLevel.Information, Message = "Person {PersonId} changed consent to {Topic}: {Granted} ({Source})")]
    public static partial void ConsentChanged(ILogger logger, int personId, Storage.Entities.ConsentTopic topic, bool granted, Storage.Entities.ConsentSource source);
}
