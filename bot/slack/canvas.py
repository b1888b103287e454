"""Saving a decision record in Slack: a canvas where the workspace allows it, else a markdown file.

Order of attempts for a new record:
1. `canvases.create` tabbed in the thread's channel (`channel_id`, which free workspaces require);
2. `conversations.canvases.create`: the channel's own canvas;
3. the same markdown uploaded as a file into the thread (files.getUploadURLExternal, the upload,
   files.completeUploadExternal: what slack-sdk's files_upload_v2 does).
Saving again edits the same canvas (`canvases.edit`, replace) or replaces the file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import delivery
from bot.slack.posting import log_slack_error

log = logging.getLogger("framework_advisor")
CANVAS, FILE = "canvas", "file"
FILENAME = "decision-record.md"


@dataclass(frozen=True)
class SavedRecord:
    kind: str  # "canvas" | "file"
    id: str  # the canvas or file ID
    url: str | None
    updated: bool  # True when an existing record was edited in place

    @property
    def record_id(self) -> str:
        """What the decision log stores: kind and ID, so a later save knows how to update it."""
        return f"{self.kind}:{self.id}"


def parse_record_id(record_id: str | None) -> tuple[str, str] | None:
    if not record_id or ":" not in record_id:
        return None
    kind, _, ident = record_id.partition(":")
    return (kind, ident) if kind in (CANVAS, FILE) and ident else None


def _content(markdown: str) -> dict[str, str]:
    return {"type": "markdown", "markdown": markdown}


class RecordSaver:
    """Creates or updates one thread's record; `team_url` (from auth.test) builds canvas links."""

    def __init__(self) -> None:
        self._team_urls: dict[str, str] = {}

    async def _canvas_url(self, client: AsyncWebClient, team: str, canvas_id: str) -> str | None:
        if team not in self._team_urls:
            try:
                response = await delivery.call("auth.test", client.auth_test)
                self._team_urls[team] = str(response.get("url") or "")
            except SlackApiError as exc:
                log_slack_error("looking up the workspace URL", exc)
                return None
        base = self._team_urls[team]
        return f"{base.rstrip('/')}/docs/{team}/{canvas_id}" if base else None

    async def save(
        self,
        client: AsyncWebClient,
        *,
        team: str,
        channel: str,
        thread_ts: str,
        title: str,
        markdown: str,
        previous: str | None,
    ) -> SavedRecord | None:
        """Write the record; None when every way failed (each failure is logged)."""
        old = parse_record_id(previous)
        if old and old[0] == CANVAS:
            edited = await self._edit_canvas(client, old[1], title, markdown)
            if edited:
                return SavedRecord(CANVAS, old[1], await self._canvas_url(client, team, old[1]), True)
        canvas_id = await self._create_canvas(client, channel, title, markdown)
        if canvas_id:
            return SavedRecord(CANVAS, canvas_id, await self._canvas_url(client, team, canvas_id), bool(old))
        old_file = old[1] if old and old[0] == FILE else None
        return await self._upload(client, channel, thread_ts, title, markdown, old_file=old_file)

    async def _edit_canvas(self, client: AsyncWebClient, canvas_id: str, title: str, markdown: str) -> bool:
        try:
            changes = [
                {"operation": "replace", "document_content": _content(markdown)},
                {"operation": "rename", "title_content": {"type": "markdown", "markdown": title}},
            ]
            await delivery.call("canvases.edit", lambda: client.canvases_edit(canvas_id=canvas_id, changes=changes))
        except SlackApiError as exc:
            log_slack_error("editing a decision record", exc, canvas=canvas_id)
            return False
        return True

    async def _create_canvas(self, client: AsyncWebClient, channel: str, title: str, markdown: str) -> str | None:
        try:
            response = await delivery.call(
                "canvases.create",
                lambda: client.canvases_create(title=title, document_content=_content(markdown), channel_id=channel),
            )
            return str(response["canvas_id"])
        except SlackApiError as exc:
            log_slack_error("creating a canvas", exc, channel=channel)
        try:  # workspaces that allow only channel canvases
            response = await delivery.call(
                "conversations.canvases.create",
                lambda: client.conversations_canvases_create(
                    channel_id=channel, document_content=_content(markdown), title=title
                ),
            )
            return str(response["canvas_id"])
        except SlackApiError as exc:
            log_slack_error("creating a channel canvas", exc, channel=channel)
        return None

    async def _upload(
        self, client: AsyncWebClient, channel: str, thread_ts: str, title: str, markdown: str, *, old_file: str | None
    ) -> SavedRecord | None:
        try:
            response = await delivery.call(
                "files.upload_v2",
                lambda: client.files_upload_v2(
                    channel=channel, thread_ts=thread_ts, content=markdown, filename=FILENAME, title=title
                ),
            )
        except SlackApiError as exc:
            log_slack_error("uploading a decision record", exc, channel=channel)
            return None
        except Exception:  # the upload step raises SlackRequestError, not SlackApiError
            log.exception("uploading a decision record failed in %s", channel)
            return None
        file: dict[str, Any] = response.get("file") or {}
        if old_file and old_file != file.get("id"):
            try:  # a new version replaces the old file: one record per thread
                await delivery.call("files.delete", lambda: client.files_delete(file=old_file))
            except SlackApiError as exc:
                log_slack_error("removing the previous record file", exc, channel=channel)
        return SavedRecord(FILE, str(file.get("id") or ""), file.get("permalink"), bool(old_file))
