using Microsoft.AspNetCore.Builder;

namespace ClustER.Tests.Bot.Hosting;

public sealed class ConfigurationValidationTests
{
    [Theory]
    [InlineData("Storage:Provider", "Oracle", "Storage:Provider")]
    [InlineData("Storage:Provider", "SqlServer", "ConnectionStrings:SqlServer")]
    [InlineData("Clock:Now", "yesterday", "Clock:Now")]
    [InlineData("Telemetry:OtlpEndpoint", "collector:4317", "Telemetry:OtlpEndpoint")]
    [InlineData("Telemetry:OtlpProtocol", "carrier-pigeon", "Telemetry:OtlpProtocol")]
    [InlineData("StaffSignIn:ClientId", "11111111-2222-3333-4444-555555555555", "StaffSignIn:TenantId")]
    [InlineData("Jobs:WorkerCount", "0", "Jobs:WorkerCount")]
    [InlineData("TeamsApp:AccentColor", "teal", "TeamsApp:AccentColor")]
    [InlineData("TeamsApp:Version", "one", "TeamsApp:Version")]
    public async Task Start_WithAnInvalidSetting_FailsNamingTheKey(string key, string value, string named)
    {
        string data = StorageTestHost.NewDataDirectory();
        try
        {
            Exception? failure = await Record.ExceptionAsync(async () =>
            {
                WebApplication app = StorageTestHost.Build(data, new Dictionary<string, string?> { [key] = value });
                await using (app)
                {
                    await app.StartAsync();
                    await app.StopAsync();
                }
            });

            Assert.NotNull(failure);
            Assert.Contains(named, Messages(failure), StringComparison.Ordinal);
        }
        finally
        {
            StorageTestHost.DeleteDataDirectory(data);
        }
    }

    [Fact]
    public async Task Start_WithTheDefaults_Succeeds()
    {
        await using StorageTestHost host = await StorageTestHost.StartAsync();

        Assert.NotNull(host.Services);
    }

    private static string Messages(Exception exception)
    {
        var all = new List<string>();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            all.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                all.AddRange(aggregate.InnerExceptions.Select(i => i.Message));
            }
        }

        return string.Join(" | ", all);
    }
}
