namespace ClustER.Bot.Hosting;

/// <summary>Registers <see cref="IAdminCommand"/>s for <see cref="CommandLine"/>.</summary>
public static class AdminCommandServiceCollectionExtensions
{
    /// <summary>Adds <typeparamref name="TCommand"/>, resolved in a scope of its own when it runs.</summary>
    public static IServiceCollection AddAdminCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, IAdminCommand
    {
        services.AddScoped<IAdminCommand, TCommand>();
        return services;
    }
}
