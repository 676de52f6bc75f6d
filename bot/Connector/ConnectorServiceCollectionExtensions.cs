using ClustER.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Connector;

/// <summary>Registers the outbound Connector client.</summary>
internal static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// The typed client behind its handlers (outermost first): resilience (total timeout, retries,
    /// attempt timeout), the bearer token, and per-attempt logging. Plus the serviceUrl allow-list.
    /// </summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services)
    {
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ServiceUrlRegistry>();

        // The real clock on purpose: a pinned demo clock (Clock:Now) must not freeze token expiry.
        services.AddSingleton(sp => new ConnectorTokenProvider(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            TimeProvider.System,
            sp.GetRequiredService<ILogger<ConnectorTokenProvider>>()));
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddTransient<ConnectorAuthHandler>();
        services.AddTransient<ConnectorLoggingHandler>();
        IHttpClientBuilder client = services.AddHttpClient<IConnectorClient, ConnectorClient>(http =>
            // The resilience pipeline's total timeout (Connector:TotalTimeout) bounds every call. A second,
            // longer HttpClient timeout could never fire first, and cost each reply a linked token and a timer.
            http.Timeout = Timeout.InfiniteTimeSpan);
        // ConnectorLoggingHandler logs every attempt; the factory's own two logging handlers (a log scope and
        // four entries per call, all filtered out at Warning) only cost every reply CPU and allocations.
        client.RemoveAllLoggers();
        client.AddResilienceHandler(ConnectorResilience.PipelineName, ConnectorResilience.Configure);
        client.AddHttpMessageHandler<ConnectorAuthHandler>().AddHttpMessageHandler<ConnectorLoggingHandler>();
        return services;
    }
}
