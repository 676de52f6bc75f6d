namespace ClustER.Bot;

/// <summary>Log messages of surveys.</summary>
internal static partial class Log
{
    // ── Surveys ──
    [LoggerMessage(EventId = 4500, Level = LogLevel.Warning, Message = "Person {PersonId} is not staff: refused survey command {Command}")]
    public static partial void SurveyCommandRefused(ILogger logger, int personId, string command);

    [LoggerMessage(EventId = 4501, Level = LogLevel.Warning, Message = "Survey file {File} rejected: {Problems}")]
    public static partial void SurveyFileRejected(ILogger logger, string file, string problems);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Information, Message = "Imported {Count} survey definition(s) from {Folder}")]
    public static partial void SurveysImported(ILogger logger, int count, string folder);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Warning, Message = "The surveys folder {Folder} does not exist: no survey definitions")]
    public static partial void SurveyFolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 4504, Level = LogLevel.Warning, Message = "The surveys folder {Folder} could not be read")]
    public static partial void SurveyFolderUnreadable(ILogger logger, Exception exception, string folder);

    [LoggerMessage(EventId = 4505, Level = LogLevel.Information, Message = "Survey {SurveyId} sent by staff member {PersonId} to {Recipients} recipient(s)")]
    public static partial void SurveyConfirmed(ILogger logger, int surveyId, int personId, int recipients);

    [LoggerMessage(EventId = 4506, Level = LogLevel.Information, Message = "Survey {SurveyId} closed")]
    public static partial void SurveyClosed(ILogger logger, int surveyId);

    [LoggerMessage(EventId = 4507, Level = LogLevel.Information, Message = "Deleted the personal answers of {Count} survey(s) closed before {Before}")]
    public static partial void SurveyAnswersPurged(ILogger logger, int count, DateTimeOffset before);
}
