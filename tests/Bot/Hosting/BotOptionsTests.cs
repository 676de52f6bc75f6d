using System.ComponentModel.DataAnnotations;
using ClustER.Bot.Hosting;
using ClustER.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace ClustER.Tests.Bot.Hosting;

public class BotOptionsTests
{
    [Fact]
    public void Validate_NoAppId_IsTheLocalAnonymousModeAndValid()
    {
        var options = new BotOptions();

        Assert.True(options.IsLocalAnonymousMode);
        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Validate_AppIdWithoutSecretOrTenant_NamesBothKeys()
    {
        var options = new BotOptions { MicrosoftAppId = "app" };

        string[] errors = Validate(options);

        Assert.False(options.IsLocalAnonymousMode);
        Assert.Contains(errors, e => e.StartsWith("Bot:MicrosoftAppPassword is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Bot:TenantId is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(BotOptions.EntraMetadataUrlTemplate), "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration")]
    [InlineData(nameof(BotOptions.TokenEndpointTemplate), "not a url {tenant}")]
    [InlineData(nameof(BotOptions.OpenIdMetadataUrl), "relative/path")]
    public void Validate_BadUrl_NamesTheKey(string property, string value)
    {
        var options = new BotOptions();
        typeof(BotOptions).GetProperty(property)!.SetValue(options, value);

        Assert.Contains(Validate(options), e => e.StartsWith($"Bot:{property}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_AppIdWithoutSecret_FailsAtBootNamingTheKey()
    {
        OptionsValidationException ex = await Assert.ThrowsAsync<OptionsValidationException>(() => BotApiFactory.StartAsync(o => o
            .Configure("Bot:MicrosoftAppId", "app-without-secret")
            .Configure("Bot:TenantId", "tenant")));

        Assert.Contains("Bot:MicrosoftAppPassword", ex.Message, StringComparison.Ordinal);
    }

    private static string[] Validate(BotOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }
}
