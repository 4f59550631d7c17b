"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

/** The playhead moves in steps of at least this much while playing: fine enough for word highlighting. */
const MIN_STEP_SEC = 0.05;

export interface Playhead {
  time: number;
  playing: boolean;
  /** Moves the playhead (and the video, when there is one) to sec, clamped to 0..durationSec. */
  seek: (sec: number) => void;
}

/**
 * One source of truth for the current time. With a video the video clock drives it (requestAnimationFrame while
 * playing, since timeupdate fires only ~4 times a second); without one, seek() alone moves it.
 * onSeek fires on user seeks only; onTimeChange on every move, so a comment form can read the current time.
 */
export function usePlayhead(
  videoRef: RefObject<HTMLMediaElement | null>,
  videoUrl: string | null,
  durationSec: number,
  callbacks: { onSeek?: (sec: number) => void; onTimeChange?: (sec: number) => void },
): Playhead {
  const [time, setTime] = useState(0);
  const [playing, setPlaying] = useState(false);
  const callbacksRef = useRef(callbacks);
  useEffect(() => {
    callbacksRef.current = callbacks;
  });

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !videoUrl) return;
    let raf = 0;
    let last = -1;
    const push = () => {
      const t = video.currentTime;
      if (Math.abs(t - last) >= MIN_STEP_SEC) {
        last = t;
        setTime(t);
      }
    };
    const tick = () => {
      push();
      raf = requestAnimationFrame(tick);
    };
    const onPlay = () => {
      setPlaying(true);
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(tick);
    };
    const onStop = () => {
      setPlaying(false);
      cancelAnimationFrame(raf);
      last = -1;
      push();
    };
    const onSeeked = () => {
      last = -1;
      push();
    };
    // Files recorded before their duration was written (see use-answer-recorder) report Infinity until read to
    // the end: seeking far past the end makes the browser find the real length, then we go back to the start.
    const onMetadata = () => {
      if (video.duration !== Infinity) return;
      const restore = () => {
        if (video.duration === Infinity) return;
        video.removeEventListener("durationchange", restore);
        video.currentTime = 0;
      };
      video.addEventListener("durationchange", restore);
      video.currentTime = Number.MAX_SAFE_INTEGER;
    };
    if (video.readyState >= 1) onMetadata();
    video.addEventListener("loadedmetadata", onMetadata);
    video.addEventListener("play", onPlay);
    video.addEventListener("pause", onStop);
    video.addEventListener("ended", onStop);
    video.addEventListener("seeked", onSeeked);
    return () => {
      cancelAnimationFrame(raf);
      video.removeEventListener("loadedmetadata", onMetadata);
      video.removeEventListener("play", onPlay);
      video.removeEventListener("pause", onStop);
      video.removeEventListener("ended", onStop);
      video.removeEventListener("seeked", onSeeked);
    };
  }, [videoRef, videoUrl]);

  useEffect(() => {
    callbacksRef.current.onTimeChange?.(time);
  }, [time]);

  const seek = useCallback(
    (sec: number) => {
      const t = Math.min(Math.max(0, sec), Math.max(0, durationSec));
      const video = videoRef.current;
      if (video && videoUrl) video.currentTime = t;
      setTime(t);
      callbacksRef.current.onSeek?.(t);
    },
    [durationSec, videoRef, videoUrl],
  );

  return { time, playing, seek };
}
