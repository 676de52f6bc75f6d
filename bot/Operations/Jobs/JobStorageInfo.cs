namespace ClustER.Bot.Operations.Jobs;

/// <summary>Which Hangfire storage the host uses, for the health check and the start-up recovery.</summary>
/// <param name="Name">A short name for operators: <c>InMemory</c> or <c>SqlServer</c>.</param>
/// <param name="IsPersistent">True when queued and scheduled jobs survive a restart.</param>
public sealed record JobStorageInfo(string Name, bool IsPersistent);
