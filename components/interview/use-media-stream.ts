"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { describeMediaError, type MediaProblemMessage } from "@/lib/interview/media-errors";

/** Asks for the camera (optional) and microphone on demand; stops every track on unmount. */
export function useMediaStream(wantsCamera: boolean) {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<MediaProblemMessage | null>(null);
  const [requesting, setRequesting] = useState(false);
  const streamRef = useRef<MediaStream | null>(null);

  const request = useCallback(async () => {
    setRequesting(true);
    setProblem(null);
    try {
      // lib.dom says always there, but browsers leave it out on insecure (http://) origins.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (!navigator.mediaDevices?.getUserMedia) throw Object.assign(new Error("no getUserMedia"), { name: "TypeError" });
      const next = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true, channelCount: 1 },
        video: wantsCamera ? { width: { ideal: 640 }, height: { ideal: 480 }, facingMode: "user" } : false,
      });
      streamRef.current?.getTracks().forEach((track) => track.stop());
      streamRef.current = next;
      setStream(next);
    } catch (error) {
      setProblem(describeMediaError(error, wantsCamera));
    } finally {
      setRequesting(false);
    }
  }, [wantsCamera]);

  useEffect(() => () => streamRef.current?.getTracks().forEach((track) => track.stop()), []);

  return { stream, problem, requesting, request };
}

/** Microphone level 0..1 (RMS of the last 50 ms), for the device check's meter. */
export function useAudioLevel(stream: MediaStream | null): number {
  const [level, setLevel] = useState(0);
  useEffect(() => {
    if (!stream || stream.getAudioTracks().length === 0) return;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      const rms = Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);
      setLevel(Math.min(1, rms * 8));
    }, 100);
    return () => {
      clearInterval(timer);
      void context.close();
    };
  }, [stream]);
  return level;
}
