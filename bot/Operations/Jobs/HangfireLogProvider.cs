using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace ClustER.Bot.Operations.Jobs;

/// <summary>
/// Hangfire's logs through the host's <see cref="ILoggerFactory"/>. Hangfire holds its log provider in a
/// static, so after a host is disposed (tests start many) its factory may be gone: such loggers go quiet
/// instead of failing the other hosts' jobs.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return SilentLog.Instance;
        }
    }

    private sealed class SilentLog : ILog
    {
        public static SilentLog Instance { get; } = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
