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
  videoRef: RefObject<HTMLVideoElement | null>,
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
    video.addEventListener("play", onPlay);
    video.addEventListener("pause", onStop);
    video.addEventListener("ended", onStop);
    video.addEventListener("seeked", onSeeked);
    return () => {
      cancelAnimationFrame(raf);
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
      // Recorder webm files often report duration Infinity until fully read; setting currentTime still works.
      if (video && videoUrl) video.currentTime = t;
      setTime(t);
      callbacksRef.current.onSeek?.(t);
    },
    [durationSec, videoRef, videoUrl],
  );

  return { time, playing, seek };
}
