namespace ClustER.Bot;

/// <summary>Log messages of the storage (EventIds 3000-3099).</summary>
internal static partial class Log
{
    // ── Storage ──
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    public static partial void ApplyingMigrations(ILogger logger, int count, string migrations);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Loaded the demo data from {Folder} ({Seeders} seeder(s)) into the empty database")]
    public static partial void DemoDataLoaded(ILogger logger, string folder, int seeders);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "The demo data folder {Folder} does not exist; starting with an empty database")]
    public static partial void DemoDataMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "The demo data was not loaded: another instance loaded it first")]
    public static partial void DemoDataConflict(ILogger logger, Exception exception);
}
