using ClustER.Jobs.Delivery;

namespace ClustER.Bot.Delivery;

/// <summary>Registers proactive delivery: the messenger, the throttle, the ledger and the fan-out runner.</summary>
internal static class DeliveryServiceCollectionExtensions
{
    /// <summary>Everything a job needs to message members safely.</summary>
    public static IServiceCollection AddProactiveDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DeliveryThrottle>();
        services.AddScoped<IMessenger, ProactiveMessenger>();
        services.AddScoped<IDeliveryLedger, EfDeliveryLedger>();
        services.AddScoped<FanOutRunner>();
        services.AddHostedService<StoredServiceUrlTrust>();
        return services;
    }
}
