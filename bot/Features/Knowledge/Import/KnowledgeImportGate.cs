namespace ClustER.Bot.Features.Knowledge.Import;

/// <summary>
/// Serialises knowledge writes in this process: imports and staff edits run one at a time, so the last
/// one applies whole over the previous one (the database transaction keeps other processes' writes whole too).
/// </summary>
internal sealed class KnowledgeImportGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        return new Releaser(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
