namespace ClustER.Bot;

/// <summary>The knowledge and question-answering log messages.</summary>
internal static partial class Log
{
    // ── Knowledge ──
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Imported knowledge from {Folder}: {Result}")]
    public static partial void KnowledgeImported(ILogger logger, string folder, Features.Knowledge.Import.KnowledgeImportResult result);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Knowledge revision {Revision} is live: {Calls} calls, {Events} events, {Faqs} FAQ answers")]
    public static partial void KnowledgeLoaded(ILogger logger, long revision, int calls, int events, int faqs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Rejected the knowledge folder {Folder}; the previous knowledge stays live. {Problems}")]
    public static partial void KnowledgeRejected(ILogger logger, string folder, string problems);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Could not import or load the knowledge from {Folder}")]
    public static partial void KnowledgeImportFailed(ILogger logger, Exception exception, string folder);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Watching the knowledge folder {Folder} for changes")]
    public static partial void KnowledgeWatching(ILogger logger, string folder);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "The knowledge folder {Folder} does not exist; nothing imported at start")]
    public static partial void KnowledgeFolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "The database could not take the knowledge: serving {Count} items of {Folder} from memory until it can")]
    public static partial void KnowledgeServedFromFiles(ILogger logger, string folder, int count);

    // ── Questions ──
    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "Question answered with {Count} item(s) in {Milliseconds:F2} ms (top: {Top})")]
    public static partial void QuestionAnswered(ILogger logger, int count, double milliseconds, string? top);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Staff question {QuestionId} recorded from person {PersonId}")]
    public static partial void StaffQuestionRecorded(ILogger logger, int questionId, int personId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Could not deliver the staff notice or answer for question {QuestionId}")]
    public static partial void StaffDeliveryFailed(ILogger logger, Exception exception, int questionId);
}
