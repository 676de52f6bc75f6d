using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ClustER.Tests.Infrastructure;

/// <summary>A logger provider that keeps every entry in memory, so tests can assert on what the bot logged.</summary>
public sealed class TestLogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>Every entry so far, in order.</summary>
    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>True when any message or exception text contains <paramref name="text"/>.</summary>
    public bool Contains(string text) =>
        _entries.Any(e => e.Message.Contains(text, StringComparison.Ordinal) || e.Exception?.ToString().Contains(text, StringComparison.Ordinal) == true);

    /// <summary>The entries with this event id.</summary>
    public IReadOnlyList<LogEntry> WithEventId(int eventId) => [.. _entries.Where(e => e.EventId.Id == eventId)];

    /// <summary>All entries as text, for a failing test's message.</summary>
    public string Dump() => string.Join(Environment.NewLine, _entries.Select(e => $"{e.Level} {e.Category}[{e.EventId.Id}] {e.Message} {e.Exception?.GetType().Name} {e.Exception?.Message}"));

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class SinkLogger(TestLogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>>;
            sink._entries.Enqueue(new LogEntry(logLevel, category, eventId, formatter(state, exception), exception,
                properties?.ToDictionary(p => p.Key, p => p.Value) ?? []));
        }
    }
}

/// <summary>One log entry.</summary>
/// <param name="Level">The level.</param>
/// <param name="Category">The logger category.</param>
/// <param name="EventId">The event id.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception, if any.</param>
/// <param name="Properties">The structured values of the message template.</param>
public sealed record LogEntry(LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Properties);
