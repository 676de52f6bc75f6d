using ClustER.Bot.Hosting;
using ClustER.Bot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Hosting;

public sealed class CommandLineTests
{
    [Fact]
    public async Task ExecuteAsync_ImportMembers_MigratesTheNewDatabaseImportsAndLoadsNoDemo()
    {
        string data = StorageTestHost.NewDataDirectory();
        string csv = Path.Combine(Path.GetTempPath(), $"members-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "name,email,organisation,organisationType\nAnna Rossi,anna@acme.example,Acme,sme\n,nobody@acme.example,,\n");
        try
        {
            await using WebApplication app = StorageTestHost.Build(data);
            var output = new StringWriter();

            int exit = await CommandLine.ExecuteAsync(app.Services, ["import", "members", csv], output, new StringWriter(), CancellationToken.None);

            Assert.Equal(1, exit);
            Assert.Contains("1 imported", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("line 3: the name is missing", output.ToString(), StringComparison.Ordinal);
            await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
            BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            Assert.Equal(["Anna Rossi"], await db.People.Select(p => p.Name).ToListAsync());
        }
        finally
        {
            File.Delete(csv);
            StorageTestHost.DeleteDataDirectory(data);
        }
    }

    [Fact]
    public async Task ExecuteAsync_TeamsPackage_WritesTheZip()
    {
        string data = StorageTestHost.NewDataDirectory();
        string zip = Path.Combine(data, "out", "teams.zip");
        try
        {
            await using WebApplication app = StorageTestHost.Build(data, new Dictionary<string, string?> { ["Bot:MicrosoftAppId"] = "0b3c1d2e-4f5a-6b7c-8d9e-0f1a2b3c4d5e", ["Bot:MicrosoftAppPassword"] = "test-secret", ["Bot:TenantId"] = "72f988bf-0000-4000-8000-0000000000aa" });

            int exit = await CommandLine.ExecuteAsync(app.Services, ["teams-package", zip], new StringWriter(), new StringWriter(), CancellationToken.None);

            Assert.Equal(0, exit);
            Assert.True(new FileInfo(zip).Length > 0);
        }
        finally
        {
            StorageTestHost.DeleteDataDirectory(data);
        }
    }

    [Fact]
    public async Task ExecuteAsync_TeamsPackageWithoutAppId_FailsNamingTheKeyAndWritesNothing()
    {
        string data = StorageTestHost.NewDataDirectory();
        string zip = Path.Combine(data, "teams.zip");
        try
        {
            await using WebApplication app = StorageTestHost.Build(data);
            var output = new StringWriter();

            int exit = await CommandLine.ExecuteAsync(app.Services, ["teams-package", zip], output, new StringWriter(), CancellationToken.None);

            Assert.Equal(2, exit);
            Assert.Contains("Bot:MicrosoftAppId", output.ToString(), StringComparison.Ordinal);
            Assert.False(File.Exists(zip));
        }
        finally
        {
            StorageTestHost.DeleteDataDirectory(data);
        }
    }

    [Fact]
    public async Task ExecuteAsync_UnknownCommand_ListsTheCommandsAndReturns2()
    {
        string data = StorageTestHost.NewDataDirectory();
        try
        {
            await using WebApplication app = StorageTestHost.Build(data);
            var error = new StringWriter();

            int exit = await CommandLine.ExecuteAsync(app.Services, ["import", "everything"], new StringWriter(), error, CancellationToken.None);

            Assert.Equal(2, exit);
            Assert.Contains("import members FILE.csv", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("teams-package [OUT.zip]", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            StorageTestHost.DeleteDataDirectory(data);
        }
    }

    [Theory]
    [InlineData(new[] { "--Clock:Now=2027-01-01" }, new string[0])]
    [InlineData(new[] { "import", "members", "a.csv", "--Storage:Provider=Sqlite" }, new[] { "import", "members", "a.csv" })]
    public void Positional_StopsAtTheFirstSwitch(string[] args, string[] expected) =>
        Assert.Equal(expected, CommandLine.Positional(args));

    [Fact]
    public void ConfigurationArguments_LeaveOutTheCommandAndItsPaths()
    {
        string[] args = ["teams-package", "/tmp/out.zip", "--Bot:MicrosoftAppId=x", "--Clock:Now", "2027-01-01"];

        Assert.Equal(["--Bot:MicrosoftAppId=x", "--Clock:Now", "2027-01-01"], CommandLine.ConfigurationArguments(args));
    }
}
