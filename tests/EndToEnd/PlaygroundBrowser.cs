using Microsoft.Playwright;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// The Playground's web UI in headless Debian chromium, driven by Playwright with the system browser (no
/// browser download) and a fresh profile. Requests that leave the machine (the UI's CDN fonts) are blocked.
/// </summary>
public sealed class PlaygroundBrowser : IAsyncDisposable
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly string _profile;

    private PlaygroundBrowser(IPlaywright playwright, IBrowserContext context, IPage page, string profile)
    {
        _playwright = playwright;
        _context = context;
        Page = page;
        _profile = profile;
    }

    /// <summary>The browser tab.</summary>
    public IPage Page { get; }

    /// <summary>The Adaptive Cards rendered in the open chat, in order.</summary>
    public ILocator Cards => Page.Locator(".ac-adaptiveCard");

    /// <summary>Starts chromium with a new profile and opens the Playground at <paramref name="playground"/>.</summary>
    public static async Task<PlaygroundBrowser> OpenAsync(Uri playground)
    {
        ArgumentNullException.ThrowIfNull(playground);
        string profile = Path.Combine(Path.GetTempPath(), "clust-er-e2e-chromium", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        IPlaywright playwright = await Playwright.CreateAsync();
        try
        {
            IBrowserContext context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = EndToEndEnvironment.ChromiumPath,
                Headless = true,
                Args = ChromiumFlags,
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
                Locale = "en-US",
                TimezoneId = "Europe/Rome",
            });
            await context.RouteAsync(url => !IsLoopback(url), route => route.AbortAsync());
            IPage page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            page.SetDefaultTimeout(15_000);
            await page.GotoAsync(playground.ToString());
            return new PlaygroundBrowser(playwright, context, page, profile);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The text messages in the open chat that contain <paramref name="text"/>. The conversation renders
    /// message text as paragraphs; the chat list's previews of the same text are not.
    /// </summary>
    public ILocator Messages(string text) => Page.Locator("p").Filter(new() { HasText = text });

    /// <summary>Opens a chat from the left-hand list ("Personal Chat", "Group Chat", "My Team - General").</summary>
    public async Task OpenChatAsync(string name = "Personal Chat") =>
        await Page.GetByRole(AriaRole.Treeitem, new() { Name = name, Exact = true }).ClickAsync();

    /// <summary>Types <paramref name="text"/> in the compose box and presses Enter.</summary>
    public async Task SendAsync(string text)
    {
        ILocator compose = Page.GetByRole(AriaRole.Textbox);
        await compose.ClickAsync();
        await compose.FillAsync(text);
        await compose.PressAsync("Enter");
    }

    /// <summary>Saves a full-window screenshot under tests/artifacts/e2e and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        string path = Path.Combine(EndToEndEnvironment.ArtifactsDirectory, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    /// <summary>Closes chromium and deletes its profile.</summary>
    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp folder is not worth failing for.
        }
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme is "data" or "blob" || uri.IsLoopback);
}
