using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using SocialAutomation.Analyzers.Lsp.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SocialAutomation.Analyzers.Lsp.Tests
{
    /// <summary>
    /// One editor for the test class: the pinned csharp-ls restored as a local tool, a fresh bot project, and the
    /// server started on it. Loading the project takes most of the time, so the tests share it and each edits its own file.
    /// </summary>
    public sealed class EditorSession : IAsyncLifetime
    {
        // Generous: the first answer waits for the server to load the project, on 2 cores shared with other test projects.
        private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(5);
        private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(5);

        private readonly HashSet<string> openFiles = new HashSet<string>();
        private BotWorkspace? bot;
        private CSharpLanguageServer? server;

        public TrafficLog Log { get; } = new TrafficLog();

        public BotWorkspace Bot => bot ?? throw new InvalidOperationException("The session did not start.");

        public CSharpLanguageServer Server => server ?? throw new InvalidOperationException("The session did not start.");

        public async Task InitializeAsync()
        {
            try
            {
                var repositoryRoot = FindRepositoryRoot();
                var clock = Stopwatch.StartNew();
                await DotnetCli.RunAsync(repositoryRoot, RestoreTimeout, "tool", "restore").ConfigureAwait(false);
                Log.Add("timing   ", $"dotnet tool restore: {clock.Elapsed.TotalSeconds:0.0} s");

                clock.Restart();
                bot = await BotWorkspace.CreateAsync(repositoryRoot, RestoreTimeout).ConfigureAwait(false);
                Log.Add("timing   ", $"bot project created and restored in {bot.Directory}: {clock.Elapsed.TotalSeconds:0.0} s");

                clock.Restart();
                server = await CSharpLanguageServer.StartAsync(bot.Directory, Log, RequestTimeout).ConfigureAwait(false);
                Log.Add("timing   ", $"csharp-ls initialized: {clock.Elapsed.TotalSeconds:0.0} s");
            }
            catch (Exception exception)
            {
                throw new InvalidOperationException($"The editor session did not start: {exception.Message}\n--- traffic ---\n{Log}", exception);
            }
        }

        /// <summary>didOpen once per file, with the text on disk, as an editor does when the user opens it.</summary>
        public async Task<string> OpenAsync(string file)
        {
            if (openFiles.Add(file))
            {
                await Server.OpenAsync(Bot.UriOf(file), Bot.Read(file)).ConfigureAwait(false);
            }

            return Bot.UriOf(file);
        }

        /// <summary>Runs a test step; on failure the whole editor/server conversation goes to the test output.</summary>
        public async Task RecordedAsync(ITestOutputHelper output, Func<Task> test)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await test().ConfigureAwait(false);
                output.WriteLine($"Passed in {clock.Elapsed.TotalSeconds:0.0} s.");
            }
            catch
            {
                output.WriteLine($"Failed after {clock.Elapsed.TotalSeconds:0.0} s. Editor/server traffic:");
                output.WriteLine(Log.ToString());
                throw;
            }
        }

        public async Task DisposeAsync()
        {
            if (server != null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            bot?.Dispose();
        }

        private static string FindRepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, ".config", "dotnet-tools.json")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No .config/dotnet-tools.json above {AppContext.BaseDirectory}: the test needs the repository's tool manifest.");
        }
    }
}
