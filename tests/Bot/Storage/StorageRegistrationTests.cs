using ClustER.Bot.Operations.Jobs;
using ClustER.Bot.Storage;
using ClustER.Tests.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Storage;

public sealed class StorageRegistrationTests
{
    [Theory]
    [InlineData("Sqlite", typeof(SqliteBotDbContext), "Microsoft.EntityFrameworkCore.Sqlite", false)]
    [InlineData("sqlserver", typeof(SqlServerBotDbContext), "Microsoft.EntityFrameworkCore.SqlServer", true)]
    public async Task Build_ByProvider_RegistersThatProvidersContextAndJobStorage(string provider, Type context, string efProvider, bool persistentJobs)
    {
        string data = StorageTestHost.NewDataDirectory();
        try
        {
            // Building connects to nothing: the SQL Server instance below does not exist.
            await using WebApplication app = StorageTestHost.Build(data, new Dictionary<string, string?>
            {
                ["Storage:Provider"] = provider,
                ["ConnectionStrings:SqlServer"] = "Server=127.0.0.1,1;Database=ClustERBot;User Id=sa;Password=not-used;TrustServerCertificate=true",
            });
            await using AsyncServiceScope scope = app.Services.CreateAsyncScope();

            BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();

            Assert.IsType(context, db);
            Assert.Equal(efProvider, db.Database.ProviderName);
            Assert.Equal(persistentJobs, app.Services.GetRequiredService<JobStorageInfo>().IsPersistent);
        }
        finally
        {
            StorageTestHost.DeleteDataDirectory(data);
        }
    }
}
