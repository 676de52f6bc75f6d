using System.Text.Json;
using ClustER.Bot.Auth;
using Microsoft.IdentityModel.Tokens;

namespace ClustER.Tests.Bot.Auth;

public class BotTokenValidationTests
{
    private const string Tenant = "72f988bf-0000-4000-8000-0000000000aa";
    private const string BotFrameworkMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    private const string EntraTemplate = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    [Theory]
    [InlineData("https://api.botframework.com", true)]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0", true)]
    [InlineData("https://sts.windows.net/" + Tenant + "/", true)]
    [InlineData("https://api.botframework.com/", false)]
    [InlineData("https://API.botframework.com", false)]
    [InlineData("https://login.microsoftonline.com/another-tenant/v2.0", false)]
    [InlineData("https://sts.windows.net/another-tenant/", false)]
    [InlineData("https://login.microsoftonline.com/common/v2.0", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsTrustedIssuer_Table(string? issuer, bool trusted)
    {
        Assert.Equal(trusted, BotTokenValidation.IsTrustedIssuer(issuer, Tenant));
    }

    [Fact]
    public void IsTrustedIssuer_NoTenantConfigured_TrustsOnlyTheBotFramework()
    {
        Assert.True(BotTokenValidation.IsTrustedIssuer("https://api.botframework.com", null));
        Assert.False(BotTokenValidation.IsTrustedIssuer("https://sts.windows.net//", null));
        Assert.False(BotTokenValidation.IsTrustedIssuer("https://login.microsoftonline.com//v2.0", ""));
    }

    [Theory]
    [InlineData("https://api.botframework.com", BotFrameworkMetadata)]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0", "https://login.microsoftonline.com/" + Tenant + "/v2.0/.well-known/openid-configuration")]
    [InlineData("https://sts.windows.net/" + Tenant + "/", "https://login.microsoftonline.com/" + Tenant + "/v2.0/.well-known/openid-configuration")]
    [InlineData("https://evil.example", null)]
    public void MetadataUrlFor_Table(string issuer, string? expected)
    {
        Assert.Equal(expected, BotTokenValidation.MetadataUrlFor(issuer, Tenant, BotFrameworkMetadata, EntraTemplate));
    }

    [Fact]
    public void ValidAudiences_AppId_IncludesApiForm()
    {
        Assert.Equal(["app-1", "api://app-1"], BotTokenValidation.ValidAudiences("app-1"));
    }

    [Fact]
    public void SelectSigningKeys_WithKid_ReturnsOnlyThatKey()
    {
        JsonWebKey[] keys = [new() { KeyId = "a" }, new() { KeyId = "b" }];

        Assert.Equal(["b"], BotTokenValidation.SelectSigningKeys(keys, "b").Select(k => k.KeyId));
        Assert.Empty(BotTokenValidation.SelectSigningKeys(keys, "B"));
        Assert.Equal(2, BotTokenValidation.SelectSigningKeys(keys, null).Count);
    }

    [Fact]
    public void ReadEndorsements_JwkFromJson_ReadsTheArray()
    {
        var key = new JsonWebKey("""{"kty":"RSA","kid":"k","n":"AQAB","e":"AQAB","endorsements":["msteams","emulator"]}""");

        Assert.Equal(["msteams", "emulator"], BotTokenValidation.ReadEndorsements(key));
    }

    [Fact]
    public void ReadEndorsements_NoField_IsNull()
    {
        Assert.Null(BotTokenValidation.ReadEndorsements(new JsonWebKey("""{"kty":"RSA","kid":"k","n":"AQAB","e":"AQAB"}""")));
    }

    [Fact]
    public void ReadEndorsements_OtherShapes_AreRead()
    {
        var key = new JsonWebKey();
        key.AdditionalData["endorsements"] = JsonDocument.Parse("""["msteams"]""").RootElement;
        Assert.Equal(["msteams"], BotTokenValidation.ReadEndorsements(key));

        key.AdditionalData["endorsements"] = new List<object> { "webchat" };
        Assert.Equal(["webchat"], BotTokenValidation.ReadEndorsements(key));

        key.AdditionalData["endorsements"] = 42;
        Assert.Empty(BotTokenValidation.ReadEndorsements(key)!);
    }

    [Theory]
    [InlineData("https://api.botframework.com", "msteams,emulator", "msteams", true)]
    [InlineData("https://api.botframework.com", "skype", "msteams", false)]
    [InlineData("https://api.botframework.com", "", "msteams", false)]
    [InlineData("https://api.botframework.com", "msteams", null, false)]
    [InlineData("https://api.botframework.com", "msteams", "MSTEAMS", false)]
    [InlineData("https://api.botframework.com", null, "msteams", false)]
    [InlineData("https://sts.windows.net/t/", null, "msteams", true)]
    [InlineData("https://sts.windows.net/t/", "skype", "msteams", false)]
    [InlineData(null, null, "msteams", false)]
    public void IsEndorsedForChannel_Table(string? issuer, string? endorsements, string? channelId, bool allowed)
    {
        string[]? list = endorsements?.Split(',', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(allowed, BotTokenValidation.IsEndorsedForChannel(issuer, list, channelId));
    }

    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://127.0.0.1:5000/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://localhost:5000/x", false)]
    [InlineData("http://10.0.0.5/x", true)]
    public void RequiresHttps_OnlyLoopbackMayUsePlainHttp(string url, bool requiresHttps)
    {
        Assert.Equal(requiresHttps, BotTokenValidation.RequiresHttps(url));
    }
}
