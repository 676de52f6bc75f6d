using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ClustER.Bot.Connector;

namespace ClustER.Tests.Bot.Connector;

public class ConnectorResilienceTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, null, true)]
    [InlineData(HttpStatusCode.TooManyRequests, 10, true)]
    [InlineData(HttpStatusCode.TooManyRequests, 31, false)]
    [InlineData(HttpStatusCode.RequestTimeout, null, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, null, true)]
    [InlineData(HttpStatusCode.BadGateway, null, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 5, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 120, false)]
    [InlineData(HttpStatusCode.GatewayTimeout, null, true)]
    [InlineData(HttpStatusCode.InternalServerError, null, false)]
    [InlineData(HttpStatusCode.BadRequest, null, false)]
    [InlineData(HttpStatusCode.Unauthorized, null, false)]
    [InlineData(HttpStatusCode.Forbidden, null, false)]
    [InlineData(HttpStatusCode.NotFound, null, false)]
    [InlineData(HttpStatusCode.Conflict, null, false)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, null, false)]
    public void ShouldRetry_Table(HttpStatusCode status, int? retryAfterSeconds, bool retry)
    {
        TimeSpan? retryAfter = retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null;

        Assert.Equal(retry, ConnectorResilience.ShouldRetry(status, retryAfter, Cap));
    }

    [Theory]
    [InlineData("""{"error":{"code":"MessageWritesBlocked","message":"blocked"}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"blocked"}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"Forbidden","message":"blocked"},"subCode":"MessageWritesBlocked"}""", "MessageWritesBlocked")]
    [InlineData("""{"code":"ConversationBlockedByUser","message":"blocked"}""", "ConversationBlockedByUser")]
    [InlineData("""<html>proxy error</html>""", null)]
    [InlineData("""[]""", null)]
    [InlineData("", null)]
    public async Task ToException_403Bodies_ReadTheMostSpecificCode(string body, string? expectedCode)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        ConnectorException ex = await ConnectorErrors.ToExceptionAsync(response, CancellationToken.None);

        Assert.Equal(expectedCode, ex.SubCode);
        Assert.Equal(expectedCode is "MessageWritesBlocked" or "ConversationBlockedByUser", ex.IsRecipientUnreachable);
    }

    [Fact]
    public async Task ToException_WithCorrelationAndRetryAfter_KeepsBoth()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent(string.Empty) };
        response.Headers.Add("X-Correlating-OperationId", "op-123");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        ConnectorException ex = await ConnectorErrors.ToExceptionAsync(response, CancellationToken.None);

        Assert.Contains("op-123", ex.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
    }

    [Fact]
    public void RetryAfter_HttpDate_IsTheTimeUntilThen()
    {
        var now = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(12));

        Assert.Equal(TimeSpan.FromSeconds(12), ConnectorErrors.RetryAfter(response, now));
        Assert.Equal(TimeSpan.Zero, ConnectorErrors.RetryAfter(response, now.AddMinutes(1)));
    }

    [Fact]
    public void BuildUri_ServiceUrlWithOrWithoutSlash_KeepsItsPath()
    {
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations",
            ConnectorClient.BuildUri("https://smba.trafficmanager.net/amer", "v3/conversations").ToString());
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations",
            ConnectorClient.BuildUri("https://smba.trafficmanager.net/amer/", "v3/conversations").ToString());
    }
}
