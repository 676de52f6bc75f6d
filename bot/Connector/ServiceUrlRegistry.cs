using System.Collections.Concurrent;

namespace ClustER.Bot.Connector;

/// <summary>
/// The Connector URLs seen on authenticated activities. The bot sends only to these, so a forged
/// conversation reference cannot make it post its token to another host.
/// </summary>
public sealed class ServiceUrlRegistry
{
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a serviceUrl that arrived on an authenticated activity (or a stored reference).</summary>
    public void Trust(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        _trusted.TryAdd(Normalise(serviceUrl), 0);
    }

    /// <summary>True when the bot may send to <paramref name="serviceUrl"/>.</summary>
    public bool IsTrusted(string serviceUrl) =>
        !string.IsNullOrWhiteSpace(serviceUrl) && _trusted.ContainsKey(Normalise(serviceUrl));

    private static string Normalise(string serviceUrl) => serviceUrl.TrimEnd('/');
}
