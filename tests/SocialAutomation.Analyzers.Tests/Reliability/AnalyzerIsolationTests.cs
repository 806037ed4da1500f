using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// The analyzers run inside every compiler and IDE process: they load nothing the compiler does not ship, and
    /// they touch no file, network or environment (RS1035 and BannedSymbols.txt keep it so at build time; these
    /// tests check that nobody switched that off and that the built assemblies agree).
    /// </summary>
    public class AnalyzerIsolationTests
    {
        /// <summary>What csc and the IDE load next to analyzers (the compiler's own dependencies).</summary>
        private static readonly string[] CompilerAssemblies =
        {
            "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable",
            "System.Reflection.Metadata", "System.Memory", "System.Buffers", "System.Numerics.Vectors",
            "System.Runtime.CompilerServices.Unsafe", "System.Text.Encoding.CodePages", "System.Threading.Tasks.Extensions",
        };

        /// <summary>What the IDE and <c>dotnet format</c> load next to code fixes, besides the compiler's.</summary>
        private static readonly string[] WorkspaceAssemblies =
        {
            "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces", "System.Composition.AttributedModel",
            "SocialAutomation.Analyzers",
        };

        /// <summary>Types whose use means file, network, process or environment access.</summary>
        private static readonly Regex ForbiddenType = new Regex(
            @"^(System\.IO\.(File|FileInfo|FileStream|Directory|DirectoryInfo|DriveInfo|FileSystemWatcher)|System\.Net(\..*)?\.[A-Za-z`0-9]+|System\.Diagnostics\.Process|System\.Console|System\.Environment|Microsoft\.Win32\..*)$",
            RegexOptions.Compiled);

        /// <summary><see cref="Environment"/> members that read nothing outside the process (the last one is emitted for iterators).</summary>
        private static readonly string[] AllowedEnvironmentMembers = { "get_NewLine", "get_ProcessorCount", "get_CurrentManagedThreadId" };

        [Fact]
        public void The_analyzer_assembly_references_only_what_the_compiler_ships()
        {
            var references = AssemblyReferences(ShippedRules.AnalyzerAssembly.Location);

            Assert.Empty(references.Keys.Except(CompilerAssemblies));
            Assert.True(references["Microsoft.CodeAnalysis"] <= new Version(4, 8, 0, 0), $"built against Roslyn {references["Microsoft.CodeAnalysis"]}; the .NET 8 SDK ships 4.8");
        }

        [Fact]
        public void The_code_fix_assembly_references_only_what_the_compiler_and_workspaces_ship()
        {
            var references = AssemblyReferences(ShippedRules.CodeFixAssembly.Location);

            Assert.Empty(references.Keys.Except(CompilerAssemblies).Except(WorkspaceAssemblies));
            Assert.True(references["Microsoft.CodeAnalysis.Workspaces"] <= new Version(4, 8, 0, 0));
        }

        [Theory]
        [InlineData("SocialAutomation.Analyzers")]
        [InlineData("SocialAutomation.Analyzers.CodeFixes")]
        public void Shipped_code_uses_no_file_network_process_or_environment_API(string assemblyName)
        {
            var location = assemblyName == "SocialAutomation.Analyzers" ? ShippedRules.AnalyzerAssembly.Location : ShippedRules.CodeFixAssembly.Location;
            using var pe = new PEReader(File.OpenRead(location));
            var reader = pe.GetMetadataReader();
            var used = new List<string>();
            foreach (var handle in reader.MemberReferences)
            {
                var member = reader.GetMemberReference(handle);
                if (member.Parent.Kind == HandleKind.TypeReference)
                {
                    var type = FullName(reader, (TypeReferenceHandle)member.Parent);
                    var name = reader.GetString(member.Name);
                    if (ForbiddenType.IsMatch(type) && !(type == "System.Environment" && AllowedEnvironmentMembers.Contains(name)))
                    {
                        used.Add($"{type}.{name}");
                    }
                }
            }

            Assert.Empty(used);
        }

        [Fact]
        public void RS1035_and_the_banned_API_list_are_in_force()
        {
            var root = RepositoryRoot();
            var project = File.ReadAllText(Path.Combine(root, "src", "SocialAutomation.Analyzers", "SocialAutomation.Analyzers.csproj"));
            Assert.Contains("<EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>", project);
            Assert.Contains("Microsoft.CodeAnalysis.BannedApiAnalyzers", project);
            Assert.Contains("<AdditionalFiles Include=\"BannedSymbols.txt\" />", project);

            var banned = File.ReadAllText(Path.Combine(root, "src", "SocialAutomation.Analyzers", "BannedSymbols.txt"));
            Assert.Contains("System.IO.File", banned);
            Assert.Contains("System.Environment.GetEnvironmentVariable", banned);
            Assert.Contains("System.Net.Http.HttpClient", banned);

            // Nothing may switch RS1035 (or the banned-API rule RS0030) off: not a pragma, attribute, NoWarn or config file.
            var suppressing = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(p => !IsBuildOutput(root, p) && IsCodeOrConfiguration(p))
                .Where(p => Regex.IsMatch(File.ReadAllText(p), @"RS1035|RS0030"))
                .Select(p => Path.GetRelativePath(root, p))
                .ToList();
            Assert.Empty(suppressing);
        }

        private static Dictionary<string, Version> AssemblyReferences(string path)
        {
            using var pe = new PEReader(File.OpenRead(path));
            var reader = pe.GetMetadataReader();
            return reader.AssemblyReferences
                .Select(h => reader.GetAssemblyReference(h))
                .ToDictionary(r => reader.GetString(r.Name), r => r.Version);
        }

        private static string FullName(MetadataReader reader, TypeReferenceHandle handle)
        {
            var type = reader.GetTypeReference(handle);
            var name = reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return FullName(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
            }

            var ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        private static bool IsCodeOrConfiguration(string path)
        {
            var name = Path.GetFileName(path);
            return name.EndsWith(".cs", StringComparison.Ordinal) || name.EndsWith("proj", StringComparison.Ordinal)
                || name.EndsWith(".props", StringComparison.Ordinal) || name.EndsWith(".targets", StringComparison.Ordinal)
                || name.EndsWith(".editorconfig", StringComparison.Ordinal) || name.EndsWith(".globalconfig", StringComparison.Ordinal)
                || name == ".editorconfig" || name.EndsWith(".ruleset", StringComparison.Ordinal);
        }

        private static bool IsBuildOutput(string root, string path)
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            return relative.StartsWith(".git/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                || relative.Contains("/obj/", StringComparison.Ordinal)
                || relative.EndsWith("Reliability/AnalyzerIsolationTests.cs", StringComparison.Ordinal);
        }

        /// <summary>The checkout this test was built from: the folder above the test binaries that holds Analyzers.sln.</summary>
        internal static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No Analyzers.sln above {AppContext.BaseDirectory}");
        }
    }
}
