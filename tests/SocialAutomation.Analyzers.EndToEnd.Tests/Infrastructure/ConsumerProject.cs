using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SocialAutomation.Analyzers.EndToEnd.Tests.Infrastructure
{
    /// <summary>
    /// A fresh project in its own temporary directory that uses the package the way a user does: one PackageReference
    /// restored from the local feed, next to Telegram.Bot from the machine's usual feed. Its code is the
    /// TelegramWelcomeBot sample's, so the sample and these tests show the same thing; its user catalog
    /// (SocialApis.txt) has one line with an unknown role, so a second rule (SMA902) reports too and the
    /// "every rule" switches are seen acting on more than one rule.
    /// </summary>
    public sealed class ConsumerProject
    {
        public const string SourceFileName = "Program.cs";

        public const string CatalogFileName = "SocialApis.txt";

        /// <summary>The catalog line SMA902 reports: "shout" is not a role.</summary>
        public const string BadCatalogLine = "shout M:System.Console.WriteLine";

        private ConsumerProject(string directory)
        {
            Directory = directory;
        }

        public string Directory { get; }

        public string ProjectFile => Path.Combine(Directory, "WelcomeBot.csproj");

        public string SourceFile => Path.Combine(Directory, SourceFileName);

        public static ConsumerProject Create(PackedPackage package, string name)
        {
            package.AssertPacked();
            var directory = System.IO.Directory.CreateDirectory(Path.Combine(package.WorkDirectory, name)).FullName;
            var project = new ConsumerProject(directory);

            // No <clear/>: the local feed is added to the sources this machine already uses, which serve Telegram.Bot.
            File.WriteAllText(Path.Combine(directory, "nuget.config"), $@"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <packageSources>
    <add key=""socialautomation-local"" value=""{package.FeedDirectory}"" />
  </packageSources>
</configuration>
");
            File.WriteAllText(project.ProjectFile, $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <NuGetAudit>false</NuGetAudit>
  </PropertyGroup>
  <ItemGroup>
    <AdditionalFiles Include=""{CatalogFileName}"" />
    <PackageReference Include=""Telegram.Bot"" Version=""{CentralVersion(package.RepositoryRoot, "Telegram.Bot")}"" />
    <PackageReference Include=""{PackedPackage.PackageId}"" Version=""{package.Version}"" PrivateAssets=""all"" />
  </ItemGroup>
</Project>
");
            File.Copy(Path.Combine(package.RepositoryRoot, "samples", "TelegramWelcomeBot", "Program.cs"), project.SourceFile);
            File.WriteAllText(Path.Combine(directory, CatalogFileName), "// Wrappers of this bot, for the analyzers.\n" + BadCatalogLine + "\n");
            return project;
        }

        public void WriteFile(string relativePath, string text) => File.WriteAllText(Path.Combine(Directory, relativePath), text);

        public string ReadSource() => File.ReadAllText(SourceFile);

        /// <summary>
        /// A full build (never up to date, so the analyzers always run and report) with the given extra arguments.
        /// </summary>
        public BuildRun Build(params string[] arguments)
            => new BuildRun(DotNetCli.Run(Directory, new[] { "build", ProjectFile, "--no-incremental", "-tl:off", "-clp:NoSummary" }.Concat(arguments).ToArray()));

        /// <summary>Another full build, once a first build has restored the project.</summary>
        public BuildRun Rebuild(params string[] arguments) => Build(new[] { "--no-restore" }.Concat(arguments).ToArray());

        /// <summary>Sets an MSBuild property in the project file, as a user would.</summary>
        public void SetProperty(string name, string value)
            => File.WriteAllText(ProjectFile, File.ReadAllText(ProjectFile)
                .Replace("</OutputType>", $"</OutputType>\n    <{name}>{value}</{name}>"));

        /// <summary>The 1-based line of the first line of Program.cs that contains <paramref name="text"/>.</summary>
        public int LineOf(string text)
        {
            var lines = File.ReadAllLines(SourceFile);
            var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
            if (index < 0)
            {
                throw new InvalidOperationException($"'{text}' is not in {SourceFileName}; the TelegramWelcomeBot sample changed.");
            }

            return index + 1;
        }

        private static string CentralVersion(string repositoryRoot, string packageId)
            => XDocument.Load(Path.Combine(repositoryRoot, "Directory.Packages.props"))
                .Descendants("PackageVersion")
                .Single(e => (string?)e.Attribute("Include") == packageId)
                .Attribute("Version")!.Value;
    }

    public sealed class BuildRun
    {
        public BuildRun(CommandResult result)
        {
            Result = result;
            Diagnostics = BuildDiagnostic.Parse(result.Output);
        }

        public CommandResult Result { get; }

        public ImmutableArray<BuildDiagnostic> Diagnostics { get; }

        public ImmutableArray<BuildDiagnostic> SocialAutomationDiagnostics => Diagnostics.Where(d => d.IsSocialAutomation).ToImmutableArray();

        public ImmutableArray<BuildDiagnostic> WithId(string id) => Diagnostics.Where(d => d.Id == id).ToImmutableArray();

        public ImmutableArray<BuildDiagnostic> InFile(string fileName) => Diagnostics.Where(d => d.FileName == fileName).ToImmutableArray();

        public string Describe() => Result.Describe();
    }
}
