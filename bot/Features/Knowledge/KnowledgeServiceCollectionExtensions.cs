using ClustER.Bot.Features.Knowledge.Import;
using ClustER.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClustER.Bot.Features.Knowledge;

/// <summary>Registers the knowledge store: import, catalog, the start-up import and the folder watcher.</summary>
internal static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Idempotent: features that read the knowledge may each call it.</summary>
    public static IServiceCollection AddKnowledgeFeature(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(KnowledgeCatalog)))
        {
            return services;
        }

        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<KnowledgeCatalog>();
        services.AddSingleton<KnowledgeImportGate>();
        services.AddScoped<KnowledgeImporter>();
        services.AddScoped<KnowledgeEditor>();
        services.AddScoped<Reminders.IReminderSubjectSource, KnowledgeSubjectSource>();
        services.AddAdminCommand<KnowledgeImportCommand>();
        services.AddHostedService<KnowledgeHostedService>();
        return services;
    }
}
