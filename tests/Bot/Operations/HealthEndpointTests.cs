using System.Net;
using System.Text.Json;
using ClustER.Bot.Operations.Health;
using ClustER.Bot.Storage;
using ClustER.Tests.Bot.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClustER.Tests.Bot.Operations;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Get_WithDatabaseAndHangfireUp_AnswersHealthyJson()
    {
        await using StorageTestHost host = await StorageTestHost.StartAsync();

        // The Hangfire server announces itself shortly after start; until then the check is degraded.
        JsonElement body = default;
        HttpResponseMessage response = null!;
        for (int attempt = 0; attempt < 50; attempt++)
        {
            response = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
            body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if (body.GetProperty("status").GetString() == "Healthy")
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        JsonElement checks = body.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("hangfire").GetProperty("status").GetString());
        Assert.Equal(1, checks.GetProperty("hangfire").GetProperty("data").GetProperty("servers").GetInt32());
    }

    [Fact]
    public async Task DatabaseCheck_WhenTheFileCannotBeOpened_IsUnhealthyWithoutDetails()
    {
        string folder = Path.Combine(Path.GetTempPath(), "clust-er-tests", Guid.NewGuid().ToString("N"));
        DbContextOptions<SqliteBotDbContext> options = new DbContextOptionsBuilder<SqliteBotDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "missing", "bot.db")};Mode=ReadOnly")
            .Options;
        await using var db = new SqliteBotDbContext(options);
        var check = new DatabaseHealthCheck(db, NullLogger<DatabaseHealthCheck>.Instance);

        HealthCheckResult result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.DoesNotContain(folder, result.Description, StringComparison.Ordinal);
        Assert.Null(result.Exception);
    }
}
