using System.Diagnostics.Metrics;
using ClustER.Bot.Operations.Telemetry;

namespace ClustER.Tests.Bot.Operations;

/// <summary>Records the measurements of the bot's meter while it lives (from every thread: assert with Contains).</summary>
internal sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly HashSet<string> _instruments;

    public MeasurementRecorder(params string[] instruments)
    {
        _instruments = [.. instruments];
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotTelemetry.Name && _instruments.Contains(instrument.Name))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (Measurements)
            {
                Measurements.Add(new Measured(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        _listener.Start();
    }

    public List<Measured> Measurements { get; } = [];

    public void Dispose() => _listener.Dispose();
}

/// <summary>One recorded measurement.</summary>
internal sealed record Measured(string Instrument, long Value, Dictionary<string, object?> Tags);
