using ClustER.Bot.Routing;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ClustER.Bot.Operations.Telemetry;

/// <summary>The bot's telemetry: in-process counters always, OpenTelemetry export over OTLP when configured.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard OpenTelemetry variable, read through configuration (environment variables are in it).</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ITurnMiddleware, TurnTelemetryMiddleware>();
        services.AddTransient<ConnectorTelemetryHandler>();
        services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler<ConnectorTelemetryHandler>());

        TelemetryOptions options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        OtlpExportProtocol protocol = Protocol(options.OtlpProtocol);
        if (OtlpEndpoint(options, configuration) is not { } endpoint)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging(configureBuilder: null, configureOptions: logging =>
            {
                // The turn's activity id and conversation id travel as log scopes.
                logging.IncludeScopes = true;
                logging.IncludeFormattedMessage = true;
            })
            .UseOtlpExporter(protocol, endpoint);
        return services;
    }

    /// <summary>The configured collector, or null when telemetry is not exported.</summary>
    /// <exception cref="InvalidOperationException">The endpoint is not an absolute http(s) URL; the message names the key.</exception>
    internal static Uri? OtlpEndpoint(TelemetryOptions options, IConfiguration configuration)
    {
        (string key, string? value) = !string.IsNullOrWhiteSpace(options.OtlpEndpoint)
            ? ("Telemetry:OtlpEndpoint", options.OtlpEndpoint)
            : (OtlpEndpointVariable, configuration[OtlpEndpointVariable]);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"Configuration key '{key}' must be an absolute http(s) URL, not '{value}'.");
    }

    private static OtlpExportProtocol Protocol(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" or "httpprotobuf" or "http" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"Configuration key 'Telemetry:OtlpProtocol' must be 'grpc' or 'http/protobuf', not '{name}'."),
    };
}
