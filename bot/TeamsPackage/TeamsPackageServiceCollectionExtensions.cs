using ClustER.Bot.Hosting;

namespace ClustER.Bot.TeamsPackage;

/// <summary>Registers the Teams app package builder and its command.</summary>
internal static class TeamsPackageServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsPackage(this IServiceCollection services)
    {
        services.AddOptions<TeamsAppOptions>().BindConfiguration(TeamsAppOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TeamsPackageBuilder>();
        services.AddAdminCommand<TeamsPackageCommand>();
        return services;
    }
}
