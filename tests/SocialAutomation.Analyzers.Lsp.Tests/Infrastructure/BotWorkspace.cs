using System;
using System.IO;
using System.Threading.Tasks;

namespace SocialAutomation.Analyzers.Lsp.Tests.Infrastructure
{
    /// <summary>
    /// A fresh console bot in a temp folder: Telegram.Bot from the feed, the analyzers under test as Analyzer items,
    /// the repository's tool manifest (so `dotnet tool run csharp-ls` works there), restored once.
    /// </summary>
    public sealed class BotWorkspace : IDisposable
    {
        public const string TelegramBotVersion = "22.10.3.3";

        private BotWorkspace(string directory) => Directory = directory;

        public string Directory { get; }

        public static async Task<BotWorkspace> CreateAsync(string repositoryRoot, TimeSpan restoreTimeout)
        {
            var analyzers = Path.Combine(AppContext.BaseDirectory, "analyzers");
            var analyzerFiles = new[]
            {
                Path.Combine(analyzers, "SocialAutomation.Analyzers.dll"),
                Path.Combine(analyzers, "SocialAutomation.Analyzers.CodeFixes.dll"),
            };
            foreach (var file in analyzerFiles)
            {
                if (!File.Exists(file))
                {
                    throw new FileNotFoundException($"The build did not copy the analyzer under test to {file}.");
                }
            }

            var workspace = new BotWorkspace(Path.Combine(Path.GetTempPath(), "sma-lsp-" + Guid.NewGuid().ToString("N").Substring(0, 12)));
            System.IO.Directory.CreateDirectory(Path.Combine(workspace.Directory, ".config"));
            File.Copy(Path.Combine(repositoryRoot, ".config", "dotnet-tools.json"), Path.Combine(workspace.Directory, ".config", "dotnet-tools.json"));
            foreach (var source in System.IO.Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "BotProject"), "*.cs"))
            {
                File.Copy(source, Path.Combine(workspace.Directory, Path.GetFileName(source)));
            }

            // Empty imports stop MSBuild from walking up into whatever the temp folder's parents hold.
            foreach (var import in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                File.WriteAllText(Path.Combine(workspace.Directory, import), "<Project />\n");
            }

            File.WriteAllText(Path.Combine(workspace.Directory, "WelcomeBot.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""Telegram.Bot"" Version=""{TelegramBotVersion}"" />
  </ItemGroup>
  <ItemGroup>
    <Analyzer Include=""{analyzerFiles[0]}"" />
    <Analyzer Include=""{analyzerFiles[1]}"" />
  </ItemGroup>
</Project>
");
            await DotnetCli.RunAsync(workspace.Directory, restoreTimeout, "restore", "WelcomeBot.csproj").ConfigureAwait(false);
            return workspace;
        }

        public string PathOf(string file) => Path.Combine(Directory, file);

        public string UriOf(string file) => new Uri(PathOf(file)).AbsoluteUri;

        public string Read(string file) => File.ReadAllText(PathOf(file));

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A late server write; the temp folder is left for the OS to clean.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
