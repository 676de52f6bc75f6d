using System.Reflection;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Features.Privacy;

/// <summary>
/// Every entity of the model that links to a person is exported and erased by a registered contributor: a new
/// table with a <c>PersonId</c> (or a foreign key to <see cref="Person"/>) fails here until a contributor names it
/// in its <see cref="PersonalDataAttribute"/>.
/// </summary>
public sealed class PersonalDataCoverageTests
{
    [Fact]
    public async Task EveryPersonLinkedEntity_IsCoveredByARegisteredContributor()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync(o => o.Configure("DemoData:Enabled", "false"));
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        IModel model = scope.ServiceProvider.GetRequiredService<BotDbContext>().Model;
        List<IPersonalDataContributor> contributors = [.. scope.ServiceProvider.GetServices<IPersonalDataContributor>()];
        HashSet<Type> covered = [.. contributors.SelectMany(c => c.GetType().GetCustomAttribute<PersonalDataAttribute>()?.EntityTypes ?? [])];

        List<string> personLinked = [.. model.GetEntityTypes().Where(LinksToPerson).Select(e => e.ClrType.Name).Order(StringComparer.Ordinal)];
        List<string> uncovered = [.. model.GetEntityTypes().Where(LinksToPerson).Where(e => !covered.Contains(e.ClrType)).Select(e => e.ClrType.Name)];

        Assert.Contains(nameof(Person), personLinked);
        Assert.Contains(nameof(DeliveryRecord), personLinked);
        Assert.True(personLinked.Count >= 12, string.Join(", ", personLinked));
        Assert.True(uncovered.Count == 0, "Entities with personal data and no IPersonalDataContributor naming them in [PersonalData]: " + string.Join(", ", uncovered));
        Assert.Equal(contributors.Count, contributors.Select(c => c.Section).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryContributorClass_IsRegistered()
    {
        IEnumerable<Type> declared = typeof(IPersonalDataContributor).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPersonalDataContributor).IsAssignableFrom(t));
        var services = new ServiceCollection();
        ClustER.Bot.Features.Privacy.PrivacyServiceCollectionExtensions.AddPrivacyFeature(services);
        HashSet<Type?> registered = [.. services.Where(s => s.ServiceType == typeof(IPersonalDataContributor)).Select(s => s.ImplementationType)];

        // Contributors of other features register in their own extension; those on main are registered here.
        Assert.All(declared.Where(t => t.Namespace!.StartsWith("ClustER.Bot.Features.Privacy", StringComparison.Ordinal)), t => Assert.Contains(t, registered));
        Assert.All(declared, t => Assert.NotNull(t.GetCustomAttribute<PersonalDataAttribute>()));
    }

    /// <summary>The person table itself, a foreign key to it, or a property named like a person id (staff links too).</summary>
    private static bool LinksToPerson(IEntityType entity) =>
        entity.ClrType == typeof(Person)
        || entity.GetForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(Person))
        || entity.GetProperties().Any(p => p.Name.EndsWith("PersonId", StringComparison.Ordinal) || p.Name is "UserId" or "TeamsUserId" or "AadObjectId" or "Email");
}
