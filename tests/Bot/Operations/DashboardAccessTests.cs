using System.Net;
using System.Security.Claims;
using ClustER.Bot.MemberDirectory.Staff;
using ClustER.Bot.Operations.Dashboard;
using ClustER.Tests.Bot.Hosting;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Moq;

namespace ClustER.Tests.Bot.Operations;

public sealed class DashboardAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("::1", HttpStatusCode.OK)]
    [InlineData("203.0.113.7", HttpStatusCode.Unauthorized)]
    [InlineData("10.1.2.3", HttpStatusCode.Unauthorized)]
    public async Task Get_WithoutStaffSignIn_IsOpenToThisMachineOnly(string remote, HttpStatusCode expected)
    {
        await using StorageTestHost host = await StorageTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Add(StorageTestHost.RemoteAddressHeader, remote);

        HttpResponseMessage response = await host.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithStaffSignInAndNoSession_RedirectsToEntraSignIn()
    {
        const string Authorize = "https://login.microsoftonline.com/test-tenant/oauth2/v2.0/authorize";
        var settings = new Dictionary<string, string?>
        {
            ["StaffSignIn:TenantId"] = "test-tenant",
            ["StaffSignIn:ClientId"] = "11111111-2222-3333-4444-555555555555",
            ["StaffSignIn:ClientSecret"] = "not-a-secret",
        };

        // A static OpenID configuration, so the challenge needs no metadata from the network.
        var configuration = new OpenIdConnectConfiguration { AuthorizationEndpoint = Authorize, Issuer = "https://login.microsoftonline.com/test-tenant/v2.0" };
        await using StorageTestHost host = await StorageTestHost.StartAsync(settings, services =>
            services.PostConfigure<OpenIdConnectOptions>(StaffSignIn.OpenIdConnectScheme, o =>
            {
                o.Configuration = configuration;
                o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            }));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Add(StorageTestHost.RemoteAddressHeader, "127.0.0.1");

        HttpResponseMessage response = await host.Client.SendAsync(request);

        // Even from this machine: with sign-in configured, only signed-in staff get in.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Authorize, response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task StaffHandler_SignedInUser_SucceedsOnlyForStaff(bool isStaff, bool expected)
    {
        const string ObjectId = "8f2c0d7e-5b1a-4c3e-9d6f-0a1b2c3d4e5f";
        var staff = new Mock<IStaffDirectory>();
        staff.Setup(s => s.IsStaffAsync(ObjectId, It.IsAny<CancellationToken>())).ReturnsAsync(isStaff);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("oid", ObjectId)], authenticationType: "test"));
        var requirement = new StaffRequirement();
        var context = new AuthorizationHandlerContext([requirement], user, resource: null);

        await new StaffAuthorizationHandler(staff.Object, NullLogger<StaffAuthorizationHandler>.Instance).HandleAsync(context);

        Assert.Equal(expected, context.HasSucceeded);
    }

    [Fact]
    public async Task StaffHandler_AnonymousUser_NeverAsksTheDirectory()
    {
        var staff = new Mock<IStaffDirectory>(MockBehavior.Strict);
        var context = new AuthorizationHandlerContext([new StaffRequirement()], new ClaimsPrincipal(new ClaimsIdentity()), null);

        await new StaffAuthorizationHandler(staff.Object, NullLogger<StaffAuthorizationHandler>.Instance).HandleAsync(context);

        Assert.False(context.HasSucceeded);
    }

    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("192.168.1.10", null, false)]
    [InlineData(null, null, true)]
    [InlineData(null, "10.0.0.1", false)]
    public void IsLoopback_ByRemoteAddress_Decides(string? remote, string? local, bool expected)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = remote is null ? null : IPAddress.Parse(remote);
        http.Connection.LocalIpAddress = local is null ? null : IPAddress.Parse(local);

        Assert.Equal(expected, LoopbackDashboardAuthorizationFilter.IsLoopback(http.Connection));
    }
}
