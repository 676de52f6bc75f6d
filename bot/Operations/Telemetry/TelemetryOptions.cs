namespace ClustER.Bot.Operations.Telemetry;

/// <summary>Where traces, metrics and logs go (section <c>Telemetry</c>); nowhere unless an endpoint is set.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>
    /// The OTLP collector, e.g. <c>http://localhost:4317</c>. When empty, the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable is used; when both are empty nothing is exported.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The service name in the exported resource.</summary>
    public string ServiceName { get; set; } = "clust-er-bot";
}
