package io.github.membercardopen.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = MembercardCli.class.getPackage().getImplementationVersion();
        return new String[] {"membercard " + (version == null ? "development" : version)};
    }
}
