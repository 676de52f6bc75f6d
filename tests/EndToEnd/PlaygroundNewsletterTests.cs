using ClustER.Bot.Features.Newsletter;
using ClustER.Cards;

namespace ClustER.Tests.EndToEnd;

/// <summary>The newsletter's approval flow in Microsoft's Teams client: the Playground user is demo staff.</summary>
[Collection(PlaygroundSuite.Name)]
public sealed class PlaygroundNewsletterTests(PlaygroundFixture playground)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [EndToEndFact]
    public async Task SendNewsletterNow_PreviewApproved_NewsletterArrives()
    {
        await using PlaygroundConversation chat = await playground.OpenConversationAsync();
        // The reply language follows the member's stored choice when a short command is not clearly one language,
        // and earlier tests of the suite may have changed it: either language is right here.
        PlaygroundTurn subscribed = await chat.SendAsync("subscribe newsletter");
        Assert.Contains(Single(subscribed), InEitherLanguage("Consent.Newsletter.On", "Consent.Newsletter.AlreadyOn"));

        PlaygroundTurn asked = await chat.SendAsync("send newsletter now");
        Assert.Contains(Single(asked), InEitherLanguage("SendNow.Ack"));
        PlaygroundMessage preview = await WaitForCardAsync(chat, m => m.Buttons.Any(b => b.Verb == CardVerbs.NewsletterApprove));

        string approve = preview.Buttons.Single(b => b.Verb == CardVerbs.NewsletterApprove).Title;
        PlaygroundTurn approved = await chat.PressAsync(preview, approve);
        Assert.Equal(200, approved.Bot.Status);
        Assert.Equal(CardVerbs.NewsletterApprove, approved.Bot.Value?["verb"]?.GetValue<string>());

        PlaygroundMessage issue = await WaitForCardAsync(chat, m => m.Buttons.Any(b => b.Verb == CardVerbs.NewsletterUnsubscribe), approved.Messages);
        Assert.DoesNotContain(issue.Buttons, b => b.Verb == CardVerbs.NewsletterApprove);
    }

    private static string Single(PlaygroundTurn turn) => Assert.Single(turn.Texts);

    private static string[] InEitherLanguage(params string[] keys) =>
        [.. keys.SelectMany(k => new[] { NewsletterTexts.Texts.Get(k, "it"), NewsletterTexts.Texts.Get(k, "en") })];

    private static async Task<PlaygroundMessage> WaitForCardAsync(PlaygroundConversation chat, Func<PlaygroundMessage, bool> match, IReadOnlyList<PlaygroundMessage>? already = null)
    {
        if (already?.FirstOrDefault(m => m.Card is not null && match(m)) is { } found)
        {
            return found;
        }

        DateTime deadline = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < deadline)
        {
            foreach (PlaygroundMessage message in await chat.WaitForMessagesAsync(1, deadline - DateTime.UtcNow))
            {
                if (message.Card is not null && match(message))
                {
                    return message;
                }
            }
        }

        throw new TimeoutException("The expected card did not arrive.");
    }
}
