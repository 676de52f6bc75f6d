namespace ClustER.Bot.Connector;

/// <summary>Registers the outbound Connector client.</summary>
internal static class ConnectorServiceCollectionExtensions
{
    /// <summary>The typed client and the serviceUrl allow-list.</summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services)
    {
        services.AddSingleton<ServiceUrlRegistry>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>();
        return services;
    }
}
