using ClustER.Bot.Hosting;
using ClustER.Bot.MemberDirectory.Import;
using ClustER.Bot.MemberDirectory.Staff;
using ClustER.Bot.Storage.Seeding;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.MemberDirectory;

/// <summary>Registers the member directory: who is staff, the CSV import and its command, the demo directory.</summary>
internal static class MemberDirectoryServiceCollectionExtensions
{
    public static IServiceCollection AddMemberDirectory(this IServiceCollection services)
    {
        services.AddOptions<StaffOptions>();
        services.AddSingleton<IConfigureOptions<StaffOptions>, StaffOptionsSetup>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddScoped<MemberImporter>();
        services.AddScoped<IDemoDataSeeder, DirectoryDemoSeeder>();
        services.AddAdminCommand<ImportMembersCommand>();
        return services;
    }
}
