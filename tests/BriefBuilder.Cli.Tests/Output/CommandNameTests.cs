using BriefBuilder.Cli.Output;

namespace BriefBuilder.Cli.Tests.Output;

public sealed class CommandNameTests
{
    // Where `dotnet tool install --tool-path /opt/tools` puts the program of a tool packed for one runtime.
    private const string StoredProgram = "/opt/tools/.store/briefbuilder/0.1.0/briefbuilder.linux-x64/0.1.0/tools/net10.0/linux-x64/briefbuilder";

    [Fact]
    public void A_tool_for_one_runtime_is_named_by_its_shim_bare_when_the_tool_path_is_on_the_path()
    {
        Assert.Equal("briefbuilder", CommandName.Of(StoredProgram, "/opt/x/briefbuilder.dll", "/usr/bin:/opt/tools", "/home/user"));
    }

    [Fact]
    public void A_tool_for_one_runtime_off_the_path_is_named_by_its_shim_s_path()
    {
        Assert.Equal("/opt/tools/briefbuilder", CommandName.Of(StoredProgram, "/opt/x/briefbuilder.dll", "/usr/bin", "/home/user"));
    }
}
