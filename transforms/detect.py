"""Which service an archive comes from, told by the files it holds, and the parse that follows."""

from __future__ import annotations

from transforms import linkedin, twitter
from transforms.archive import Archive
from transforms.result import ArchiveError, ParseResult

PARSERS = {"linkedin": linkedin, "twitter": twitter}


def detect_platform(archive: Archive) -> str:
    """`linkedin` or `twitter`, or an ArchiveError saying why the archive is neither."""
    members = archive.members()
    if not members:
        raise ArchiveError(
            f"{archive.source}: holds no files at all; the download may have failed, "
            "so download the export again."
        )
    votes = {
        platform: sum(1 for member in members if module.table_for(member))
        for platform, module in PARSERS.items()
    }
    best = max(votes, key=votes.__getitem__)
    if votes[best] == 0:
        raise ArchiveError(
            f"{archive.source}: this is not a LinkedIn or Twitter/X export: none of its "
            f"{len(members):,} files is one those exports contain (such as Connections.csv, "
            "messages.csv or data/tweets.js); import the zip LinkedIn or X sent you."
        )
    if list(votes.values()).count(votes[best]) > 1:
        raise ArchiveError(
            f"{archive.source}: holds LinkedIn and Twitter/X files in equal measure; "
            "import each export on its own."
        )
    return best


def parse_archive(archive: Archive, platform: str) -> ParseResult:
    """Parse with the platform's parser; whatever its members, the result lists the unknown ones.

    The parsers name the file inside the archive; the sentence a person reads also names the
    archive, so that among several inputs it is clear which one failed.
    """
    try:
        return PARSERS[platform].parse(archive)
    except ArchiveError as error:
        message = str(error)
        if message.startswith(archive.source):
            raise
        raise ArchiveError(f"{archive.source}: {message}") from error
